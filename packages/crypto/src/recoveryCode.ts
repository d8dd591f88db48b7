import { entropyToMnemonic, mnemonicToEntropy, validateMnemonic } from "@scure/bip39";
import { wordlist } from "@scure/bip39/wordlists/english.js";
import type { Result } from "./result.ts";

/**
 * The recovery code's text form (docs/crypto.md C16–C17): the 32 random bytes as 24 BIP-39
 * English words. @scure/bip39 (audited) supplies the standard list and the 8-bit SHA-256
 * checksum folded into the last word, so a code written by any BIP-39 tool reads the same here.
 * Words are easier to copy by hand and read aloud than characters, and since every word on the
 * list is unique in its first four letters, a word is found by those letters alone: "aban",
 * "abandon" and a slipped "abandno" all read as abandon.
 */

const KEY_BYTES = 32;
export const RECOVERY_WORD_COUNT = 24;

export type RecoveryCodeFailure = "wrongLength" | "unknownWord" | "checksum";

/** Which word to point at, so the screen can say "word 7 isn't on the list". */
export interface UnknownWordFailure {
  ok: false;
  reason: "unknownWord";
  /** 1-based, counting the words as typed. */
  position: number;
}

/**
 * A Result whose failures include reading a recovery code: `unknownWord` carries its position,
 * every other reason is a plain `{ ok: false, reason }`. Callers that pass the failure on (the
 * recovery flows) keep the position by using this type instead of `Result`.
 */
export type RecoveryResult<T, R extends string = never> =
  | Result<T, Exclude<R | RecoveryCodeFailure, "unknownWord">>
  | UnknownWordFailure;

export type RecoveryCodeResult = RecoveryResult<Uint8Array>;

/** First four letters (or the whole of a three-letter word) → the word. Unique by BIP-39's design. */
const BY_PREFIX = new Map(wordlist.map((word) => [word.slice(0, 4), word]));

/** 32 bytes → 24 lower-case words separated by single spaces. */
export function formatRecoveryCode(key: Uint8Array): string {
  if (key.length !== KEY_BYTES) throw new RangeError("a recovery key is 32 bytes");
  return entropyToMnemonic(key, wordlist);
}

/**
 * Typed or pasted text → the 32 bytes, or why not. Case, surrounding space, and any run of
 * whitespace, commas or hyphens between words do not matter.
 */
export function parseRecoveryCode(text: string): RecoveryCodeResult {
  const typed = text
    .toLowerCase()
    .split(/[\s,-]+/)
    .filter((word) => word !== "");
  if (typed.length !== RECOVERY_WORD_COUNT) return { ok: false, reason: "wrongLength" };
  const words: string[] = [];
  for (const [index, word] of typed.entries()) {
    // A token shorter than four letters can only match a three-letter word exactly: every
    // longer word's key has four letters.
    const found = BY_PREFIX.get(word.slice(0, 4));
    if (!found) return { ok: false, reason: "unknownWord", position: index + 1 };
    words.push(found);
  }
  const mnemonic = words.join(" ");
  // Length and words are right by now, so an invalid mnemonic can only be a failed checksum.
  if (!validateMnemonic(mnemonic, wordlist)) return { ok: false, reason: "checksum" };
  return { ok: true, value: mnemonicToEntropy(mnemonic, wordlist) };
}
