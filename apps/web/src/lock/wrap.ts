import type { Sodium } from "./keyring.ts";

/**
 * The local data key, wrapped by the passphrase's key (docs/crypto.md L3–L4). A label of its
 * own in the associated data keeps this blob from ever being taken for an account's wrapped
 * key (C7), which packages/crypto's wrapKey would make: that one names account purposes only.
 */

export const DATA_KEY_BYTES = 32;
const NONCE_BYTES = 24;
const AD = new TextEncoder().encode(JSON.stringify(["small-steps/app-lock-key", 1]));

export interface WrappedDataKey {
  nonce: string;
  wrappedKey: string;
}

export function wrapDataKey(s: Sodium, kek: Uint8Array, dataKey: Uint8Array): WrappedDataKey {
  const nonce = s.randombytes_buf(NONCE_BYTES);
  const sealed = s.crypto_aead_xchacha20poly1305_ietf_encrypt(dataKey, AD, null, nonce, kek);
  return {
    nonce: s.to_base64(nonce, s.base64_variants.ORIGINAL),
    wrappedKey: s.to_base64(sealed, s.base64_variants.ORIGINAL),
  };
}

/** The data key, or null: a wrong passphrase and a changed blob look the same to an AEAD. */
export function unwrapDataKey(s: Sodium, kek: Uint8Array, wrapped: WrappedDataKey): Uint8Array | null {
  try {
    const key = s.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      s.from_base64(wrapped.wrappedKey, s.base64_variants.ORIGINAL),
      AD,
      s.from_base64(wrapped.nonce, s.base64_variants.ORIGINAL),
      kek,
    );
    return key.length === DATA_KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}
