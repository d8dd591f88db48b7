import { newAccountKey, newPurposeKey, wrapKey } from "@small-steps/crypto";
import type { KeyBundle } from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import { openAccountKey, unlockWithPasskey, wrapForPasskey } from "./passkeyKeys.ts";

const random = (n = 32) => crypto.getRandomValues(new Uint8Array(n));

async function account() {
  const accountKey = await newAccountKey();
  const items = await newPurposeKey("items");
  const kek = random();
  const bundle: KeyBundle = {
    v: 1,
    account: await wrapKey(accountKey, kek, "password"),
    recovery: await wrapKey(accountKey, random(), "recovery"),
    keys: [await wrapKey(items, accountKey.bytes, "account")],
  };
  return { accountKey, items, kek, bundle };
}

describe("passkey keys", () => {
  it("the password opens the account key; a passkey's PRF output then unlocks every items key", async () => {
    const { items, kek, bundle } = await account();
    const opened = await openAccountKey(kek.slice(), bundle);
    if (!opened.ok) throw new Error(opened.reason);
    const prf = random();
    const wrapped = await wrapForPasskey(opened.value, prf);
    expect(wrapped).toMatchObject({ wrappedBy: "passkey", keyId: "account:1" });
    if (!wrapped) return;
    expect(await unlockWithPasskey(bundle, wrapped, prf)).toEqual({
      ok: true,
      value: [{ id: items.id, bytes: items.bytes }],
    });
  });

  it("a wrong password is wrongPassword, and the KEK handed in is wiped", async () => {
    const { bundle } = await account();
    const wrong = random();
    expect(await openAccountKey(wrong, bundle)).toEqual({ ok: false, reason: "wrongPassword" });
    expect(wrong.every((b) => b === 0)).toBe(true);
  });

  it("another passkey's output does not unlock; an unusable output wraps nothing", async () => {
    const { accountKey, bundle } = await account();
    const wrapped = await wrapForPasskey(accountKey, random());
    if (!wrapped) throw new Error("not wrapped");
    expect(await unlockWithPasskey(bundle, wrapped, random())).toEqual({ ok: false, reason: "notUnlocked" });
    expect(await wrapForPasskey(accountKey, random(16))).toBeUndefined();
  });

  it("a bundle whose items keys do not open under the account key is damaged", async () => {
    const { accountKey, bundle } = await account();
    const prf = random();
    const wrapped = await wrapForPasskey(accountKey, prf);
    if (!wrapped) throw new Error("not wrapped");
    const foreign = await wrapKey(await newPurposeKey("items"), random(), "account");
    expect(await unlockWithPasskey({ ...bundle, keys: [foreign] }, wrapped, prf)).toEqual({
      ok: false,
      reason: "damaged",
    });
  });
});
