import type { Sodium } from "./keyring.ts";

/**
 * Sealing one row's private part at rest (docs/crypto.md L7, L9, L12): XChaCha20-Poly1305 (IETF)
 * under the local data key, a fresh random 24-byte nonce each time, and associated data that
 * binds the format version, the table and the primary key — a sealed part copied to another
 * row or table does not open. Stored as standard base64 of nonce ‖ ciphertext.
 *
 * Everything here is synchronous on purpose: an IndexedDB transaction closes when its task
 * ends without a pending request, so the middleware must never await between requests.
 */

export const AT_REST_VERSION = 1;
const NONCE_BYTES = 24; // crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
const TAG_BYTES = 16; // crypto_aead_xchacha20poly1305_ietf_ABYTES

/** Why a sealed part was refused: changed bytes, moved to another row, or another key. */
export class TamperedError extends Error {
  override name = "TamperedError";
}

/**
 * JSON with the two non-JSON kinds a row could plausibly hold (bytes and dates) tagged, so they
 * come back as what they were. The tag key starts with a NUL character, which no record field
 * has. Anything else that JSON cannot carry (a Blob, a Map) is refused rather than mangled.
 */
const TAG = "\u0000t";

function encode(s: Sodium, value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const original = this[key];
    if (original instanceof Date) return { [TAG]: "date", v: original.toISOString() };
    if (v instanceof Uint8Array) return { [TAG]: "u8", v: s.to_base64(v, s.base64_variants.ORIGINAL) };
    if (v instanceof ArrayBuffer) {
      return { [TAG]: "ab", v: s.to_base64(new Uint8Array(v), s.base64_variants.ORIGINAL) };
    }
    if (v instanceof Map || v instanceof Set || (typeof Blob !== "undefined" && v instanceof Blob)) {
      throw new TypeError("app lock: this kind of value cannot be sealed");
    }
    return v;
  });
}

function decode(s: Sodium, text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (typeof v !== "object" || v === null || !(TAG in v)) return v;
    const tagged = v as { [TAG]: string; v: string };
    if (tagged[TAG] === "date") return new Date(tagged.v);
    const bytes = s.from_base64(tagged.v, s.base64_variants.ORIGINAL);
    return tagged[TAG] === "ab" ? bytes.buffer : bytes;
  });
}

/** The associated data: a domain label, the version, the table and the primary key. */
function associatedData(s: Sodium, table: string, primaryKey: unknown): Uint8Array {
  // A JSON array is unambiguous ("a", "b:c") ≠ ("a:b", "c"); keys may be strings, numbers or arrays.
  return new TextEncoder().encode(encode(s, ["small-steps/at-rest", AT_REST_VERSION, table, primaryKey]));
}

export function sealPart(
  s: Sodium,
  key: Uint8Array,
  table: string,
  primaryKey: unknown,
  part: unknown,
): string {
  const nonce = s.randombytes_buf(NONCE_BYTES);
  const ciphertext = s.crypto_aead_xchacha20poly1305_ietf_encrypt(
    new TextEncoder().encode(encode(s, part)),
    associatedData(s, table, primaryKey),
    null,
    nonce,
    key,
  );
  const out = new Uint8Array(NONCE_BYTES + ciphertext.length);
  out.set(nonce);
  out.set(ciphertext, NONCE_BYTES);
  return s.to_base64(out, s.base64_variants.ORIGINAL);
}

/** Opens a sealed part, or throws TamperedError: never returns something half-trusted. */
export function openPart(
  s: Sodium,
  key: Uint8Array,
  table: string,
  primaryKey: unknown,
  sealed: unknown,
): unknown {
  let bytes: Uint8Array;
  try {
    if (typeof sealed !== "string") throw new TypeError("not a string");
    bytes = s.from_base64(sealed, s.base64_variants.ORIGINAL);
  } catch {
    throw new TamperedError(`app lock: a row in ${table} is not a sealed value`);
  }
  if (bytes.length < NONCE_BYTES + TAG_BYTES)
    throw new TamperedError(`app lock: a row in ${table} is cut short`);
  let plain: Uint8Array;
  try {
    plain = s.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      bytes.subarray(NONCE_BYTES),
      associatedData(s, table, primaryKey),
      bytes.subarray(0, NONCE_BYTES),
      key,
    );
  } catch {
    // The ids are not secret and name no content, so they may appear in the message.
    throw new TamperedError(`app lock: a row in ${table} was changed or does not belong here`);
  }
  return decode(s, new TextDecoder().decode(plain));
}
