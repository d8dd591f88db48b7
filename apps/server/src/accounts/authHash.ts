import { ready } from "@small-steps/crypto";

/**
 * The server's own Argon2id hash of each auth key (docs/crypto.md C4), in libsodium's
 * self-describing crypto_pwhash_str format.
 *
 * Why moderate parameters (2 passes, 19 MiB — OWASP's minimum for Argon2id) are enough here: the
 * input is not a password but a 256-bit key that the client derived with the expensive Argon2id
 * (64 MiB or more). Guessing it from a stolen hash is hopeless whatever the server's cost, so the
 * hash only has to make a stolen database useless for signing in, and the cost here only has to
 * keep logins quick. libsodium runs synchronously, so this also keeps the event loop free.
 */
export const AUTH_HASH_OPS_LIMIT = 2;
export const AUTH_HASH_MEM_LIMIT_BYTES = 19 * 1024 * 1024;

export const AUTH_KEY_BYTES = 32;

/** The auth key's bytes from its base64 wire form (already validated by the request schema). */
export function authKeyBytes(base64: string): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(base64, "base64"));
  if (bytes.length !== AUTH_KEY_BYTES) throw new RangeError("auth keys are 32 bytes");
  return bytes;
}

export async function hashAuthKey(authKey: Uint8Array): Promise<string> {
  const sodium = await ready();
  return sodium.crypto_pwhash_str(authKey, AUTH_HASH_OPS_LIMIT, AUTH_HASH_MEM_LIMIT_BYTES);
}

export async function verifyAuthKey(hash: string, authKey: Uint8Array): Promise<boolean> {
  const sodium = await ready();
  try {
    return sodium.crypto_pwhash_str_verify(hash, authKey);
  } catch {
    // A malformed stored hash is a failed check, never a crash.
    return false;
  }
}

/** True when a hash was made with other parameters than today's, so a successful sign-in can renew it. */
export async function authHashNeedsRehash(hash: string): Promise<boolean> {
  const sodium = await ready();
  try {
    return sodium.crypto_pwhash_str_needs_rehash(hash, AUTH_HASH_OPS_LIMIT, AUTH_HASH_MEM_LIMIT_BYTES);
  } catch {
    return true;
  }
}

let dummy: Promise<string> | undefined;

/**
 * A hash of random bytes nobody knows. Checking an auth key for a name that does not exist against
 * it takes as long as a real check, so response times do not tell which names exist.
 */
export function dummyAuthHash(): Promise<string> {
  dummy ??= ready().then((sodium) => hashAuthKey(sodium.randombytes_buf(AUTH_KEY_BYTES)));
  return dummy;
}
