import { fail, ok, type Result } from "./result.ts";
import type { Sodium } from "./sodium.ts";

/**
 * The recovery code's text form (docs/crypto.md C16–C18). No BIP-39 word list is installed
 * here, so the 32 random bytes are written in Crockford base32: 52 characters for the key
 * (256 bits + 4 zero bits) and a 4-character checksum group, shown as 14 groups of 4.
 * Crockford's alphabet has no I, L, O or U, so reading aloud or copying from paper is forgiving:
 * O is read as 0, I and L as 1, and case, spaces and hyphens are ignored.
 */

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const KEY_BYTES = 32;
const KEY_CHARS = 52; // ceil(256 / 5)
const CHECK_CHARS = 4; // 20 bits: a random typo slips through about once in a million
const GROUP = 4;
export const RECOVERY_CODE_CHARS = KEY_CHARS + CHECK_CHARS;

export type RecoveryCodeFailure = "wrongLength" | "badCharacter" | "checksum";

function toBase32(bytes: Uint8Array, chars: number): string {
  let out = "";
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = ((acc << 8) | b) & 0xfff; // keep at most 12 bits: never more than 4 pending + 8 new
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(acc >> bits) & 31];
    }
  }
  if (bits > 0) out += ALPHABET[(acc << (5 - bits)) & 31];
  return out.slice(0, chars);
}

/** Values 0–31 back to bytes; undefined when the trailing padding bits are not zero. */
function fromBase32(values: readonly number[], byteCount: number): Uint8Array | undefined {
  const out = new Uint8Array(byteCount);
  let acc = 0;
  let bits = 0;
  let at = 0;
  for (const v of values) {
    acc = ((acc << 5) | v) & 0x1fff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      if (at < byteCount) out[at++] = (acc >> bits) & 0xff;
    }
  }
  return (acc & ((1 << bits) - 1)) === 0 ? out : undefined;
}

function checksum(s: Sodium, key: Uint8Array): string {
  const label = new TextEncoder().encode("small-steps/recovery-code/v1");
  const input = new Uint8Array(label.length + key.length);
  input.set(label);
  input.set(key, label.length);
  return toBase32(s.crypto_generichash(32, input, null), CHECK_CHARS);
}

/** 32 bytes → "ABCD EFGH … WXYZ" (14 groups of 4). */
export function formatRecoveryCode(s: Sodium, key: Uint8Array): string {
  if (key.length !== KEY_BYTES) throw new RangeError("a recovery key is 32 bytes");
  const text = toBase32(key, KEY_CHARS) + checksum(s, key);
  return text.match(new RegExp(`.{${GROUP}}`, "g"))!.join(" ");
}

const READ_AS: Record<string, string> = { O: "0", I: "1", L: "1" };

/** Typed or pasted text → the 32 bytes, or why not. Tolerant of spacing, case and O/I/L. */
export function parseRecoveryCode(s: Sodium, text: string): Result<Uint8Array, RecoveryCodeFailure> {
  const chars = [...text.toUpperCase().replace(/[\s-]+/g, "")].map((c) => READ_AS[c] ?? c);
  if (chars.length !== RECOVERY_CODE_CHARS) return fail("wrongLength");
  const values = chars.map((c) => ALPHABET.indexOf(c));
  if (values.some((v) => v < 0)) return fail("badCharacter");
  const key = fromBase32(values.slice(0, KEY_CHARS), KEY_BYTES);
  // Non-zero padding bits can only come from a mistyped last key character.
  if (!key) return fail("checksum");
  if (checksum(s, key) !== chars.slice(KEY_CHARS).join("")) return fail("checksum");
  return ok(key);
}
