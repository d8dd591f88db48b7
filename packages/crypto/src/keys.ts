import { encodeAd, fromBase64, toBase64 } from "./bytes.ts";
import { type KeyId, type KeyPurpose, makeKeyId, purposeOf } from "./keyIds.ts";
import { fail, ok, type Result } from "./result.ts";
import { ready } from "./sodium.ts";

/**
 * Keys and key wrapping (docs/crypto.md C5–C8). A random account key wraps per-purpose keys;
 * the account key is itself wrapped by the password's KEK and by the recovery key (and, where a
 * passkey gives a PRF output, by that passkey: passkey.ts). Changing the
 * password therefore re-wraps one 32-byte key and never re-encrypts a record.
 */

export const KEY_BYTES = 32;

export interface Key {
  id: KeyId;
  purpose: KeyPurpose;
  bytes: Uint8Array;
}

import { WRAPPED_KEY_VERSION, type WrappedKey, type Wrapper, wrappedKeySchema } from "./wrappedKey.ts";

export {
  WRAPPED_KEY_VERSION,
  WRAPPERS,
  type WrappedKey,
  type Wrapper,
  wrappedKeySchema,
} from "./wrappedKey.ts";

const NONCE_BYTES = 24; // crypto_aead_xchacha20poly1305_ietf_NPUBBYTES

export type UnwrapFailure = "malformed" | "unsupportedVersion" | "wrongWrapper" | "wrongKeyOrTampered";

async function randomKey(id: KeyId): Promise<Key> {
  const s = await ready();
  return { id, purpose: purposeOf(id), bytes: s.randombytes_buf(KEY_BYTES) };
}

/** The account key: made once at sign-up, from the OS CSPRNG via libsodium. */
export const newAccountKey = (): Promise<Key> => randomKey(makeKeyId("account", 1));

/** A key for one purpose ("items" seals records); a rotation makes version n+1. */
export const newPurposeKey = (purpose: Exclude<KeyPurpose, "account">, version = 1): Promise<Key> =>
  randomKey(makeKeyId(purpose, version));

/** The AD of a wrapped key: format version, what wrapped it, the wrapped key's id and purpose. */
function wrapAd(keyId: KeyId, wrappedBy: Wrapper): Uint8Array {
  return encodeAd("small-steps/key", [String(WRAPPED_KEY_VERSION), wrappedBy, keyId, purposeOf(keyId)]);
}

/** Encrypts `key` under `wrappingKey` with XChaCha20-Poly1305 and a random nonce. */
export async function wrapKey(key: Key, wrappingKey: Uint8Array, wrappedBy: Wrapper): Promise<WrappedKey> {
  const s = await ready();
  if (key.bytes.length !== KEY_BYTES || wrappingKey.length !== KEY_BYTES) {
    throw new RangeError("keys are 32 bytes");
  }
  if (purposeOf(key.id) !== key.purpose) throw new RangeError("key id and purpose disagree");
  const nonce = s.randombytes_buf(NONCE_BYTES);
  const ciphertext = s.crypto_aead_xchacha20poly1305_ietf_encrypt(
    key.bytes,
    wrapAd(key.id, wrappedBy),
    null,
    nonce,
    wrappingKey,
  );
  return {
    v: WRAPPED_KEY_VERSION,
    keyId: key.id,
    wrappedBy,
    nonce: toBase64(s, nonce),
    ciphertext: toBase64(s, ciphertext),
  };
}

/**
 * Decrypts a wrapped key. `wrappedBy` is what the caller believes it holds (the password's KEK,
 * the recovery key, the account key); a blob wrapped by something else is refused before any
 * decryption. A wrong key and a tampered blob look the same to an AEAD, hence one reason.
 */
export async function unwrapKey(
  wrapped: unknown,
  wrappingKey: Uint8Array,
  wrappedBy: Wrapper,
): Promise<Result<Key, UnwrapFailure>> {
  if (
    typeof wrapped === "object" &&
    wrapped !== null &&
    "v" in wrapped &&
    wrapped.v !== WRAPPED_KEY_VERSION
  ) {
    return fail("unsupportedVersion");
  }
  const parsed = wrappedKeySchema.safeParse(wrapped);
  if (!parsed.success) return fail("malformed");
  const w = parsed.data;
  if (w.wrappedBy !== wrappedBy) return fail("wrongWrapper");
  const s = await ready();
  const nonce = fromBase64(s, w.nonce);
  const ciphertext = fromBase64(s, w.ciphertext);
  if (!nonce || !ciphertext) return fail("malformed");
  try {
    const bytes = s.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      ciphertext,
      wrapAd(w.keyId, wrappedBy),
      nonce,
      wrappingKey,
    );
    return ok({ id: w.keyId, purpose: purposeOf(w.keyId), bytes });
  } catch {
    return fail("wrongKeyOrTampered");
  }
}

/**
 * Unwraps the account key specifically: a blob that decrypts but names another purpose is
 * refused, so a swapped server row can never make an items key act as the account key.
 */
export async function unwrapAccountKey(
  wrapped: unknown,
  wrappingKey: Uint8Array,
  wrappedBy: Exclude<Wrapper, "account">,
): Promise<Result<Key, UnwrapFailure | "notAccountKey">> {
  const r = await unwrapKey(wrapped, wrappingKey, wrappedBy);
  if (r.ok && r.value.purpose !== "account") return fail("notAccountKey");
  return r;
}
