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

const BYTES = Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 1);

/** Replaces the character at `at` (ignoring spaces) with another valid one. */
function typo(code: string, at: number): string {
  const chars = [...code.replace(/ /g, "")];
  chars[at] = chars[at] === "7" ? "8" : "7";
  return chars.join("");
}

describe("recovery code", () => {
  it("C16: 32 bytes become 14 groups of 4 Crockford base32 characters", async () => {
    const { bytes, code } = await newRecoveryKey();
    expect(bytes).toHaveLength(32);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}( [0-9A-HJKMNP-TV-Z]{4}){13}$/);
    expect(await parseRecovery(code)).toEqual({ ok: true, value: bytes });
  });

  it("C16: a fixed key has a fixed code (regression: printed codes must parse forever)", async () => {
    // The first 52 characters were checked against Python's base64.b32encode (RFC 4648)
    // translated to Crockford's alphabet; the last group is our BLAKE2b checksum.
    expect(await formatRecovery(BYTES)).toBe(
      "0440 Y5GX 4GNK 4EA0 8X75 AQ33 D9RQ GZW6 HPA9 Q8N9 P2VV XHEC TFD0 A357",
    );
    expect(await formatRecovery(new Uint8Array(32))).toMatch(
      /^0000 0000 0000 0000 0000 0000 0000 0000 0000 0000 0000 0000 0000 /,
    );
  });

  it("C17: parsing ignores case, spacing and hyphens, and reads O as 0 and I/L as 1", async () => {
    const code = await formatRecovery(BYTES);
    const sloppy = `  ${code.toLowerCase().replace(/ /g, "-").replace(/0/g, "o").replace(/1/g, "l")}\n`;
    expect(await parseRecovery(sloppy)).toEqual({ ok: true, value: BYTES });
    expect(await parseRecovery(code.replace(/ /g, ""))).toEqual({ ok: true, value: BYTES });
  });

  it("C17: a typo anywhere is rejected by the checksum", async () => {
    const code = await formatRecovery(BYTES);
    for (let at = 0; at < 56; at++) {
      expect(await parseRecovery(typo(code, at))).toEqual({ ok: false, reason: "checksum" });
    }
  });

  it("C17: wrong length and characters outside the alphabet are their own reasons", async () => {
    const code = await formatRecovery(BYTES);
    expect(await parseRecovery(code.slice(0, -1))).toEqual({ ok: false, reason: "wrongLength" });
    expect(await parseRecovery(`${code}A`)).toEqual({ ok: false, reason: "wrongLength" });
    expect(await parseRecovery(`U${code.slice(1)}`)).toEqual({ ok: false, reason: "badCharacter" });
    expect(await parseRecovery("")).toEqual({ ok: false, reason: "wrongLength" });
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
    const recovery = await newRecoveryKey();
    const wrapped = await wrapAccountKeyForRecovery(account, recovery.bytes);
    const other = await newRecoveryKey();
    expect(await recoverAccountKey(wrapped, other.code)).toEqual({ ok: false, reason: "wrongKeyOrTampered" });
    expect(await recoverAccountKey(wrapped, typo(recovery.code, 10))).toEqual({
      ok: false,
      reason: "checksum",
    });
    const { wrappingKey } = await recoverySubkeys(recovery.bytes);
    const passwordBlob = await wrapKey(account, wrappingKey, "password");
    expect(await recoverAccountKey(passwordBlob, recovery.code)).toEqual({
      ok: false,
      reason: "wrongWrapper",
    });
  });
});
