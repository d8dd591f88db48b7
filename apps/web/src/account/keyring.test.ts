import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../store/db.ts";
import { deleteEverything } from "../store/deleteEverything.ts";
import {
  ACCOUNT_META_KEY,
  clearAccount,
  currentAccount,
  loadItemsKey,
  loadKeys,
  onAccountChange,
  saveAccount,
} from "./keyring.ts";

const key = (fill: number) => new Uint8Array(32).fill(fill);

beforeEach(async () => {
  await db.open();
  await db.meta.clear();
});

describe("keyring", () => {
  it("is empty until someone signs in", async () => {
    expect(await currentAccount()).toBeNull();
    expect(await loadItemsKey()).toBeNull();
    expect(await loadKeys()).toEqual([]);
  });

  it("keeps the unwrapped keys in meta, as base64, so they survive a reload", async () => {
    await saveAccount("robin", [{ id: "items:1", bytes: key(7) }], db, new Date("2026-03-01T10:00:00Z"));
    const row = await db.meta.get(ACCOUNT_META_KEY);
    expect(row?.value).toEqual({
      username: "robin",
      keys: [{ id: "items:1", bytes: btoa(String.fromCharCode(...key(7))) }],
      signedInAt: "2026-03-01T10:00:00.000Z",
    });
    expect(await currentAccount()).toEqual({ username: "robin" });
    expect(await loadItemsKey()).toEqual({ id: "items:1", bytes: key(7) });
  });

  it("hands out the newest items key and keeps older ones for older records", async () => {
    await saveAccount("robin", [
      { id: "items:1", bytes: key(1) },
      { id: "circle:1", bytes: key(9) },
      { id: "items:2", bytes: key(2) },
    ]);
    expect(await loadItemsKey()).toEqual({ id: "items:2", bytes: key(2) });
    expect((await loadKeys()).map((k) => k.id)).toEqual(["items:1", "circle:1", "items:2"]);
  });

  it("ignores a row it cannot read rather than guessing", async () => {
    await db.meta.put({ key: ACCOUNT_META_KEY, value: { username: 3 } });
    expect(await currentAccount()).toBeNull();
    expect(await loadItemsKey()).toBeNull();
  });

  it("forgets the keys on sign-out and leaves the rest of meta alone", async () => {
    await db.meta.put({ key: "deviceId", value: "d1" });
    await saveAccount("robin", [{ id: "items:1", bytes: key(1) }]);
    await clearAccount();
    expect(await currentAccount()).toBeNull();
    expect(await db.meta.get("deviceId")).toBeDefined();
  });

  it("tells listeners about every change until they unsubscribe", async () => {
    const listener = vi.fn();
    const off = onAccountChange(listener);
    await saveAccount("robin", [{ id: "items:1", bytes: key(1) }]);
    await clearAccount();
    expect(listener).toHaveBeenCalledTimes(2);
    off();
    await saveAccount("robin", [{ id: "items:1", bytes: key(1) }]);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it("is wiped by delete everything", async () => {
    await saveAccount("robin", [{ id: "items:1", bytes: key(1) }]);
    await deleteEverything({ resetSearch: async () => {}, local: undefined, session: undefined });
    expect(await currentAccount()).toBeNull();
  });
});
