import { wordlist } from "@scure/bip39/wordlists/english.js";
import { describe, expect, it } from "vitest";
import { newAccountKey, wrapKey } from "./keys.ts";
import {
  formatRecovery,
  newRecoveryKey,
  parseRecovery,
  recoverAccountKey,
  recoverySubkeys,
  wrapAccountKeyForRecovery,
} from "./recovery.ts";
import { RECOVERY_WORD_COUNT } from "./recoveryCode.ts";

const BYTES = Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 1);
/** BYTES as words: our own output, pinned so a printed code parses forever. */
const BYTES_CODE =
  "absurd document sheriff demise dress october topic angry exact priority boat stay " +
  "bleak divert boss raw option best history hunt unable toy exhaust face";

/** Replaces word `at` (0-based) with another word on the list; the checksum should notice. */
function typo(code: string, at: number): string {
  const words = code.split(" ");
  words[at] = words[at] === "zoo" ? "zone" : "zoo";
  return words.join(" ");
}

describe("recovery code", () => {
  it("C16: 32 bytes become 24 lower-case words from the BIP-39 English list", async () => {
    const { bytes, code } = await newRecoveryKey();
    expect(bytes).toHaveLength(32);
    expect(code).toMatch(/^[a-z]{3,8}( [a-z]{3,8}){23}$/);
    expect(RECOVERY_WORD_COUNT).toBe(24);
    expect(await parseRecovery(code)).toEqual({ ok: true, value: bytes });
  });

  it("C16: a fixed key has a fixed code (regression: printed codes must parse forever)", async () => {
    expect(await formatRecovery(BYTES)).toBe(BYTES_CODE);
    expect(await parseRecovery(BYTES_CODE)).toEqual({ ok: true, value: BYTES });
  });

  it("C16: only 32-byte keys are written", async () => {
    await expect(formatRecovery(new Uint8Array(16))).rejects.toThrow(RangeError);
  });

  it("C17: parsing ignores case, surrounding space, and whitespace, commas or hyphens between words", async () => {
    const words = BYTES_CODE.split(" ");
    const seps = [" ", "  ", "\n", "\t", ",", ", ", "-", " - ", ",-\n"];
    const sloppy = `  ${words.map((w, i) => (i % 2 ? w.toUpperCase() : w) + (seps[i % seps.length] ?? " ")).join("")}\n`;
    expect(await parseRecovery(sloppy)).toEqual({ ok: true, value: BYTES });
  });

  it("C17: a word is found by its first four letters, so a shortened or tail-mistyped word reads", async () => {
    const prefixes = BYTES_CODE.split(" ").map((w) => w.slice(0, 4));
    expect(await parseRecovery(prefixes.join(" "))).toEqual({ ok: true, value: BYTES });
    // absurd → "absurb", document → "documnet": the first four letters still decide.
    const slipped = BYTES_CODE.replace("absurd", "absurb").replace("document", "documnet");
    expect(await parseRecovery(slipped)).toEqual({ ok: true, value: BYTES });
  });

  it("C17: every word on the list is unique in its first four letters", () => {
    expect(new Set(wordlist.map((w) => w.slice(0, 4))).size).toBe(2048);
  });

  it("C17: three letters match only a three-letter word, exactly", async () => {
    // "raw" (word 16) is itself a word; "abs" is only the start of absurd, absent, absorb…
    expect(await parseRecovery(BYTES_CODE.replace("absurd", "abs"))).toEqual({
      ok: false,
      reason: "unknownWord",
      position: 1,
    });
  });

  it("C17: a word not on the list names its 1-based position", async () => {
    const words = BYTES_CODE.split(" ");
    words[6] = "topaz"; // "topa" starts no word on the list
    const parsed = await parseRecovery(words.join(" "));
    expect(parsed).toEqual({ ok: false, reason: "unknownWord", position: 7 });
    // The type narrows to the position too, so the screen needs no cast.
    expect(!parsed.ok && parsed.reason === "unknownWord" ? parsed.position : 0).toBe(7);
    words[2] = "sherrif"; // first four letters still "sher": fine
    words[23] = "xx";
    expect(await parseRecovery(words.join(" "))).toEqual({ ok: false, reason: "unknownWord", position: 7 });
    expect(await parseRecovery(`${BYTES_CODE.split(" ").slice(0, 23).join(" ")} fxce`)).toEqual({
      ok: false,
      reason: "unknownWord",
      position: 24,
    });
  });

  it("C17: a different word on the list is caught by the checksum", async () => {
    // 8 checksum bits: a random swap slips through about once in 256, so we check the whole
    // code position by position against this fixed key, where none does.
    for (let at = 0; at < 24; at++) {
      expect(await parseRecovery(typo(BYTES_CODE, at))).toEqual({ ok: false, reason: "checksum" });
    }
  });

  it("C17: anything but 24 words is the wrong length", async () => {
    const words = BYTES_CODE.split(" ");
    expect(await parseRecovery(words.slice(0, 23).join(" "))).toEqual({ ok: false, reason: "wrongLength" });
    expect(await parseRecovery(`${BYTES_CODE} zoo`)).toEqual({ ok: false, reason: "wrongLength" });
    expect(await parseRecovery(words.slice(0, 12).join(" "))).toEqual({ ok: false, reason: "wrongLength" });
    expect(await parseRecovery("")).toEqual({ ok: false, reason: "wrongLength" });
    expect(await parseRecovery(" ,- \n")).toEqual({ ok: false, reason: "wrongLength" });
  });
});

describe("recovering the account key", () => {
  it("C18: the wrapping and auth subkeys differ from each other and from the recovery key", async () => {
    const { wrappingKey, authKey } = await recoverySubkeys(BYTES);
    expect(wrappingKey).toHaveLength(32);
    expect(wrappingKey).not.toEqual(authKey);
    expect(wrappingKey).not.toEqual(BYTES);
    expect((await recoverySubkeys(BYTES)).authKey).toEqual(authKey);
  });

  it("C18: the words lead to the same subkeys as before (regression: the bytes→keys path is fixed)", async () => {
    const parsed = await parseRecovery(BYTES_CODE);
    if (!parsed.ok) throw new Error(parsed.reason);
    const { wrappingKey, authKey } = await recoverySubkeys(parsed.value);
    expect(Buffer.from(wrappingKey).toString("hex")).toBe(
      "0d0c23e1c6f3dfedb104b67c8b68002066bd8e8455d25a5fef769112ddce5194",
    );
    expect(Buffer.from(authKey).toString("hex")).toBe(
      "5c0c7446503278bc6727f268db485daaae19fedde8ac808573f11af193ac7f4f",
    );
  });

  it("C19: the recovery code alone unwraps the account key", async () => {
    const account = await newAccountKey();
    const recovery = await newRecoveryKey();
    const wrapped = await wrapAccountKeyForRecovery(account, recovery.bytes);
    expect(wrapped.wrappedBy).toBe("recovery");
    expect(await recoverAccountKey(wrapped, recovery.code.toLowerCase())).toEqual({
      ok: true,
      value: account,
    });
  });

  it("C19: another recovery code, a mistyped one, or a password-wrapped blob does not", async () => {
    const account = await newAccountKey();
    // The fixed key, not a random one: with 8 checksum bits a random code's swapped word would
    // pass the checksum about once in 256 runs.
    const wrapped = await wrapAccountKeyForRecovery(account, BYTES);
    const other = await newRecoveryKey();
    expect(await recoverAccountKey(wrapped, other.code)).toEqual({ ok: false, reason: "wrongKeyOrTampered" });
    expect(await recoverAccountKey(wrapped, typo(BYTES_CODE, 10))).toEqual({
      ok: false,
      reason: "checksum",
    });
    expect(await recoverAccountKey(wrapped, BYTES_CODE.replace("absurd", "qqqq"))).toEqual({
      ok: false,
      reason: "unknownWord",
      position: 1,
    });
    const { wrappingKey } = await recoverySubkeys(BYTES);
    const passwordBlob = await wrapKey(account, wrappingKey, "password");
    expect(await recoverAccountKey(passwordBlob, BYTES_CODE)).toEqual({
      ok: false,
      reason: "wrongWrapper",
    });
  });
});
