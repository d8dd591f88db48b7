import type { Sodium } from "./sodium.ts";

/**
 * Byte helpers shared by envelopes and wrapped keys. Stored and sent values use standard base64
 * with padding (RFC 4648 §4) so the server, export files and other languages read them with
 * stock decoders.
 */
export const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function toBase64(s: Sodium, bytes: Uint8Array): string {
  return s.to_base64(bytes, s.base64_variants.ORIGINAL);
}

/** Undefined for anything that is not canonical standard base64 (never throws). */
export function fromBase64(s: Sodium, text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined;
  try {
    return s.from_base64(text, s.base64_variants.ORIGINAL);
  } catch {
    return undefined;
  }
}

/** Base64 length of n bytes, for schemas that pin a field's exact size. */
export const base64Length = (n: number): number => Math.ceil(n / 3) * 4;

const utf8 = new TextEncoder();

/**
 * Associated data as an unambiguous byte string: a domain label, then each field as a 4-byte
 * big-endian length and its UTF-8 bytes. Length prefixes mean ("a:b", "c") and ("a", "b:c") can
 * never encode alike, and the label keeps a record's AD from ever matching a wrapped key's.
 */
export function encodeAd(label: string, fields: readonly string[]): Uint8Array {
  const parts = [label, ...fields].map((f) => utf8.encode(f));
  const out = new Uint8Array(parts.reduce((n, p) => n + 4 + p.length, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const p of parts) {
    view.setUint32(at, p.length);
    out.set(p, at + 4);
    at += 4 + p.length;
  }
  return out;
}
