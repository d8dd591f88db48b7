import { newPurposeKey, open, seal } from "@small-steps/crypto";
import { describe, expect, it } from "vitest";
import { createEnvelopeCipher, SYNC_COLLECTION } from "./envelopeCipher.ts";

const record = { id: "00000000-0000-4000-8000-000000000001", deleted: false, kind: "journal", text: "hello" };

describe("envelope cipher", () => {
  it("E1: round-trips the table, the record and its lineage", async () => {
    const cipher = createEnvelopeCipher({ sealWith: await newPurposeKey("items") });
    const envelope = await cipher.seal("journal", record, ["v2", "v1"]);
    expect(await cipher.open(record.id, envelope)).toEqual({
      ok: true,
      table: "journal",
      record,
      lineage: ["v2", "v1"],
    });
    expect(envelope).not.toContain("hello");
    expect(envelope).not.toContain("journal");
  });

  it("E1: the associated data names one collection for every table; the table is inside", async () => {
    const key = await newPurposeKey("items");
    const envelope = JSON.parse(await createEnvelopeCipher({ sealWith: key }).seal("journal", record, []));
    const ctx = { id: record.id, keyId: key.id, key: key.bytes };
    expect((await open(envelope, { ...ctx, collection: SYNC_COLLECTION })).ok).toBe(true);
    expect(await open(envelope, { ...ctx, collection: "journal" })).toEqual({
      ok: false,
      reason: "tampered",
    });
  });

  it("E1: an envelope moved to another id does not open", async () => {
    const cipher = createEnvelopeCipher({ sealWith: await newPurposeKey("items") });
    const envelope = await cipher.seal("journal", record, []);
    expect(await cipher.open("00000000-0000-4000-8000-000000000002", envelope)).toEqual({
      ok: false,
      reason: "tampered",
    });
  });

  it("E1: a record whose inner id is not the item's id is invalid", async () => {
    const key = await newPurposeKey("items");
    const sealed = await seal({
      id: "item-a",
      collection: SYNC_COLLECTION,
      keyId: key.id,
      key: key.bytes,
      plaintext: { table: "journal", record: { ...record, id: "item-b" } },
    });
    const cipher = createEnvelopeCipher({ sealWith: key });
    expect(await cipher.open("item-a", JSON.stringify(sealed))).toEqual({ ok: false, reason: "invalid" });
  });

  it("E1: the app's validation runs before anything is applied", async () => {
    const cipher = createEnvelopeCipher({
      sealWith: await newPurposeKey("items"),
      accept: (table, r) => table === "journal" && typeof r.text === "string",
    });
    expect((await cipher.open(record.id, await cipher.seal("journal", record, []))).ok).toBe(true);
    const odd = await cipher.seal("journal", { ...record, text: 42 }, []);
    expect(await cipher.open(record.id, odd)).toEqual({ ok: false, reason: "invalid" });
  });

  it("E16: another key is wrongKey, an older key opens through keyFor, junk is malformed", async () => {
    const v1 = await newPurposeKey("items", 1);
    const v2 = await newPurposeKey("items", 2);
    const old = await createEnvelopeCipher({ sealWith: v1 }).seal("journal", record, []);
    expect(await createEnvelopeCipher({ sealWith: v2 }).open(record.id, old)).toEqual({
      ok: false,
      reason: "wrongKey",
    });
    const rotated = createEnvelopeCipher({ sealWith: v2, keyFor: (id) => (id === v1.id ? v1 : undefined) });
    expect((await rotated.open(record.id, old)).ok).toBe(true);
    expect(await rotated.open(record.id, "{not json")).toEqual({ ok: false, reason: "malformed" });
    expect(await rotated.open(record.id, '{"v":1}')).toEqual({ ok: false, reason: "malformed" });
  });
});
