import { describe, expect, it } from "vitest";
import { checkKdfParams, DEFAULT_KDF_PARAMS, deriveKeys, KDF_MINIMUMS, newSalt } from "./kdf.ts";
import { ready } from "./sodium.ts";

const MiB = 1024 * 1024;
const SALT = Uint8Array.from({ length: 16 }, (_, i) => i); // 000102…0f
// Regression vector, not a published one: libsodium publishes no crypto_pwhash vector at our
// parameters, so this pins what deriveKeys produced at the minimums (ops 3, 64 MiB) when it
// was written. A change here means every existing account would stop unlocking.
const PASSWORD = "correct horse battery staple é";
const KEK = "fe6d65fab5619db588c1bcd9c84f4c2c7edcb4662730edb7e3856f014ddf3dbf";
const AUTH = "ab4e37e8aa8891149c8e4261d9d3f2cd66519f016b3c09114b1c82adf5228a07";

describe("deriveKeys", () => {
  it("C1 C4: Argon2id at the minimums splits 64 bytes into the KEK (first 32) and auth key (last 32)", async () => {
    const s = await ready();
    const r = await deriveKeys(PASSWORD, SALT, DEFAULT_KDF_PARAMS);
    if (!r.ok) throw new Error(r.reason);
    expect(s.to_hex(r.value.keyEncryptionKey)).toBe(KEK);
    expect(s.to_hex(r.value.authKey)).toBe(AUTH);
  });

  it("C1: the password is NFC-normalised, so a decomposed é derives the same keys", async () => {
    const s = await ready();
    const decomposed = PASSWORD.normalize("NFD");
    expect(decomposed).not.toBe(PASSWORD);
    const r = await deriveKeys(decomposed, SALT, KDF_MINIMUMS);
    if (!r.ok) throw new Error(r.reason);
    expect(s.to_hex(r.value.keyEncryptionKey)).toBe(KEK);
  });

  it("C2: parameters below the hard-coded minimums are refused before any work", async () => {
    for (const params of [
      { opsLimit: 2, memLimitBytes: 64 * MiB },
      { opsLimit: 3, memLimitBytes: 64 * MiB - 1 },
      { opsLimit: 1, memLimitBytes: 8 * MiB },
      { opsLimit: Number.NaN, memLimitBytes: 64 * MiB },
      { opsLimit: 3.5, memLimitBytes: 64 * MiB },
    ]) {
      expect(await deriveKeys("pw", SALT, params)).toEqual({ ok: false, reason: "paramsBelowMinimum" });
    }
  });

  it("C2: absurd parameters (a server trying to exhaust the phone) are refused too", async () => {
    expect(checkKdfParams({ opsLimit: 21, memLimitBytes: 64 * MiB })).toBe("paramsAboveMaximum");
    expect(checkKdfParams({ opsLimit: 3, memLimitBytes: 2048 * MiB })).toBe("paramsAboveMaximum");
    expect(checkKdfParams({ opsLimit: 4, memLimitBytes: 256 * MiB })).toBeUndefined();
  });

  it("C3: salts are 16 random bytes; any other length is refused", async () => {
    const a = await newSalt();
    const b = await newSalt();
    expect(a).toHaveLength(16);
    expect(a).not.toEqual(b);
    expect(await deriveKeys("pw", new Uint8Array(15), KDF_MINIMUMS)).toEqual({
      ok: false,
      reason: "badSalt",
    });
    expect(await deriveKeys("pw", new Uint8Array(32), KDF_MINIMUMS)).toEqual({
      ok: false,
      reason: "badSalt",
    });
  });
});
