import { fail, ok, type Result } from "./result.ts";
import { ready, type Sodium } from "./sodium.ts";

/**
 * Password → keys (docs/crypto.md C1–C4). Argon2id through libsodium's crypto_pwhash, 64 bytes
 * out: the first 32 are the key-encryption key (KEK), which never leaves the device; the last 32
 * are the auth key, which is sent to the server, and the server stores only its own Argon2id
 * hash of it. Knowing the auth key (or the server's copy) tells nothing about the KEK.
 */

/**
 * Hard-coded floors. The server hands out the salt and parameters at sign-in; if it could lower
 * them it could make a stolen auth key cheap to brute-force into the password. So the client
 * refuses anything below these, whatever the server says.
 */
export const KDF_MINIMUMS = Object.freeze({ opsLimit: 3, memLimitBytes: 64 * 1024 * 1024 });

/**
 * Ceilings, so a hostile or broken server cannot make a phone hang or run out of memory.
 * 1 GiB is libsodium's "sensitive" preset; 20 passes is far beyond anything we would choose.
 */
export const KDF_MAXIMUMS = Object.freeze({ opsLimit: 20, memLimitBytes: 1024 * 1024 * 1024 });

export interface KdfParams {
  /** Argon2id passes (libsodium's opslimit). */
  opsLimit: number;
  /** Argon2id memory in bytes (libsodium's memlimit). */
  memLimitBytes: number;
}

/** What new accounts get today: the minimums, which already meet OWASP's Argon2id guidance. */
export const DEFAULT_KDF_PARAMS: KdfParams = { ...KDF_MINIMUMS };

export interface DerivedKeys {
  /** Wraps the account key. Never sent anywhere. */
  keyEncryptionKey: Uint8Array;
  /** Proves the password to the server. */
  authKey: Uint8Array;
}

export type KdfFailure = "paramsBelowMinimum" | "paramsAboveMaximum" | "badSalt";

export const SALT_BYTES = 16;
const OUTPUT_BYTES = 64;
const HALF = 32;

/** A fresh random salt (crypto_pwhash_SALTBYTES = 16), made once at sign-up, kept by the server. */
export async function newSalt(): Promise<Uint8Array> {
  const s = await ready();
  return s.randombytes_buf(s.crypto_pwhash_SALTBYTES);
}

/** Why a parameter set is refused, or undefined when it is acceptable. */
export function checkKdfParams(params: KdfParams): KdfFailure | undefined {
  const { opsLimit, memLimitBytes } = params;
  if (!Number.isSafeInteger(opsLimit) || !Number.isSafeInteger(memLimitBytes)) return "paramsBelowMinimum";
  if (opsLimit < KDF_MINIMUMS.opsLimit || memLimitBytes < KDF_MINIMUMS.memLimitBytes) {
    return "paramsBelowMinimum";
  }
  if (opsLimit > KDF_MAXIMUMS.opsLimit || memLimitBytes > KDF_MAXIMUMS.memLimitBytes) {
    return "paramsAboveMaximum";
  }
  return undefined;
}

/**
 * The raw libsodium call with no policy, exported for the known-answer test so libsodium's own
 * published vectors exercise exactly the call deriveKeys makes. Application code uses deriveKeys.
 */
export function argon2id(
  s: Sodium,
  outputBytes: number,
  password: Uint8Array,
  salt: Uint8Array,
  params: KdfParams,
): Uint8Array {
  return s.crypto_pwhash(
    outputBytes,
    password,
    salt,
    params.opsLimit,
    params.memLimitBytes,
    s.crypto_pwhash_ALG_ARGON2ID13,
  );
}

/**
 * Derives the KEK and the auth key. The password is normalised to Unicode NFC first, so the
 * same password typed on a Mac (which may produce decomposed accents) and on a phone derives
 * the same keys.
 */
export async function deriveKeys(
  password: string,
  salt: Uint8Array,
  params: KdfParams,
): Promise<Result<DerivedKeys, KdfFailure>> {
  const refused = checkKdfParams(params);
  if (refused) return fail(refused);
  const s = await ready();
  if (salt.length !== s.crypto_pwhash_SALTBYTES) return fail("badSalt");
  const out = argon2id(s, OUTPUT_BYTES, new TextEncoder().encode(password.normalize("NFC")), salt, params);
  // slice() copies, so the two keys share no buffer and can be wiped independently.
  const keys = { keyEncryptionKey: out.slice(0, HALF), authKey: out.slice(HALF) };
  s.memzero(out);
  return ok(keys);
}
