import { describe, expect, it } from "vitest";
import { keyIdSchema, makeKeyId, purposeOf } from "./keyIds.ts";
import { newAccountKey, newPurposeKey, unwrapAccountKey, unwrapKey, wrapKey } from "./keys.ts";

describe("keys", () => {
  it("C5: account and purpose keys are 32 random bytes", async () => {
    const a = await newAccountKey();
    const b = await newAccountKey();
    expect(a.bytes).toHaveLength(32);
    expect(a.bytes).not.toEqual(b.bytes);
    expect(a).toMatchObject({ id: "account:1", purpose: "account" });
    expect(await newPurposeKey("items", 3)).toMatchObject({ id: "items:3", purpose: "items" });
  });

  it("C6: key ids are <purpose>:<version>", () => {
    expect(makeKeyId("items", 1)).toBe("items:1");
    expect(purposeOf("circle:12")).toBe("circle");
    expect(keyIdSchema.safeParse("items:1").success).toBe(true);
    for (const bad of ["items:0", "items", "items:01", "other:1", "items:1:2", " items:1"]) {
      expect(keyIdSchema.safeParse(bad).success).toBe(false);
    }
    expect(() => makeKeyId("items", 0)).toThrow(RangeError);
  });

  it("C7: a wrapped key round-trips and reveals nothing but its id", async () => {
    const account = await newAccountKey();
    const items = await newPurposeKey("items");
    const wrapped = await wrapKey(items, account.bytes, "account");
    expect(Object.keys(wrapped).sort()).toEqual(["ciphertext", "keyId", "nonce", "v", "wrappedBy"]);
    expect(await unwrapKey(wrapped, account.bytes, "account")).toEqual({ ok: true, value: items });
  });

  it("C7: the AD binds the key id — a relabelled blob does not open", async () => {
    const account = await newAccountKey();
    const wrapped = await wrapKey(await newPurposeKey("items", 1), account.bytes, "account");
    expect(await unwrapKey({ ...wrapped, keyId: "items:2" }, account.bytes, "account")).toEqual({
      ok: false,
      reason: "wrongKeyOrTampered",
    });
    expect(await unwrapKey({ ...wrapped, keyId: "circle:1" }, account.bytes, "account")).toEqual({
      ok: false,
      reason: "wrongKeyOrTampered",
    });
  });

  it("C8: wrong key, tampered bytes, another wrapper, another version, junk: each a typed failure", async () => {
    const account = await newAccountKey();
    const other = await newAccountKey();
    const wrapped = await wrapKey(await newPurposeKey("items"), account.bytes, "account");
    const flipped = wrapped.ciphertext.startsWith("A")
      ? `B${wrapped.ciphertext.slice(1)}`
      : `A${wrapped.ciphertext.slice(1)}`;
    const cases: [unknown, string][] = [
      [wrapped, "wrongKeyOrTampered"], // opened with `other` below
      [{ ...wrapped, ciphertext: flipped }, "wrongKeyOrTampered"],
      [{ ...wrapped, v: 2 }, "unsupportedVersion"],
      [{ ...wrapped, nonce: "short" }, "malformed"],
      ["not a key", "malformed"],
    ];
    expect(await unwrapKey(cases[0]![0], other.bytes, "account")).toEqual({
      ok: false,
      reason: cases[0]![1],
    });
    for (const [blob, reason] of cases.slice(1)) {
      expect(await unwrapKey(blob, account.bytes, "account")).toEqual({ ok: false, reason });
    }
    expect(await unwrapKey(wrapped, account.bytes, "password")).toEqual({
      ok: false,
      reason: "wrongWrapper",
    });
  });

  it("C8: unwrapping the account key refuses a blob that holds another purpose's key", async () => {
    const kek = (await newAccountKey()).bytes;
    const items = await newPurposeKey("items");
    const wrapped = await wrapKey(items, kek, "password");
    expect(await unwrapAccountKey(wrapped, kek, "password")).toEqual({ ok: false, reason: "notAccountKey" });
  });
});
