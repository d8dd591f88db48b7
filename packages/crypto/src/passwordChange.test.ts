import { describe, expect, it } from "vitest";
import { open, seal } from "./envelope.ts";
import { newAccountKey, newPurposeKey, unwrapAccountKey, unwrapKey, wrapKey } from "./keys.ts";
import { rewrapAccountKey } from "./passwordChange.ts";
import { ready } from "./sodium.ts";

// KEKs come from deriveKeys in real use; random 32-byte stand-ins keep these tests free of
// Argon2 (its cost is tested once in kdf.test.ts).
const randomKek = async () => (await ready()).randombytes_buf(32);

describe("password change", () => {
  it("C20: re-wraps the account key under the new KEK; the old KEK no longer opens the new blob", async () => {
    const [oldKek, newKek] = [await randomKek(), await randomKek()];
    const account = await newAccountKey();
    const wrappedAccountKey = await wrapKey(account, oldKek, "password");
    const r = await rewrapAccountKey({
      wrappedAccountKey,
      oldKeyEncryptionKey: oldKek,
      newKeyEncryptionKey: newKek,
    });
    if (!r.ok) throw new Error(r.reason);
    expect(await unwrapAccountKey(r.value, newKek, "password")).toEqual({ ok: true, value: account });
    expect(await unwrapAccountKey(r.value, oldKek, "password")).toEqual({
      ok: false,
      reason: "wrongKeyOrTampered",
    });
    expect(r.value.nonce).not.toBe(wrappedAccountKey.nonce);
  });

  it("C21: items keys and record envelopes are untouched and still open", async () => {
    const [oldKek, newKek] = [await randomKek(), await randomKek()];
    const account = await newAccountKey();
    const items = await newPurposeKey("items");
    const wrappedItems = await wrapKey(items, account.bytes, "account");
    const envelope = await seal({
      id: "r1",
      collection: "journal",
      keyId: items.id,
      key: items.bytes,
      plaintext: { a: 1 },
    });
    const r = await rewrapAccountKey({
      wrappedAccountKey: await wrapKey(account, oldKek, "password"),
      oldKeyEncryptionKey: oldKek,
      newKeyEncryptionKey: newKek,
    });
    if (!r.ok) throw new Error(r.reason);
    const reopened = await unwrapAccountKey(r.value, newKek, "password");
    if (!reopened.ok) throw new Error(reopened.reason);
    const itemsAgain = await unwrapKey(wrappedItems, reopened.value.bytes, "account");
    if (!itemsAgain.ok) throw new Error(itemsAgain.reason);
    expect(
      await open(envelope, { id: "r1", collection: "journal", keyId: items.id, key: itemsAgain.value.bytes }),
    ).toEqual({
      ok: true,
      value: { a: 1 },
    });
  });

  it("C20: a wrong old password fails before anything new is made", async () => {
    const account = await newAccountKey();
    const wrappedAccountKey = await wrapKey(account, await randomKek(), "password");
    expect(
      await rewrapAccountKey({
        wrappedAccountKey,
        oldKeyEncryptionKey: await randomKek(),
        newKeyEncryptionKey: await randomKek(),
      }),
    ).toEqual({ ok: false, reason: "wrongKeyOrTampered" });
  });
});
