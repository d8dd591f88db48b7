import { describe, expect, it } from "vitest";
import { type Envelope, envelopeSchema, open, seal } from "./envelope.ts";
import { newPurposeKey } from "./keys.ts";

const ID = "3f1c2a9e-8a4b-4c1e-9f6d-2b7e5a1c0d93";
const RECORD = {
  kind: "journal",
  createdAt: "2025-01-02T10:00:00+01:00",
  updatedAt: "2025-01-02T10:05:00+01:00",
  text: "a quiet morning",
};

async function sealed() {
  const key = await newPurposeKey("items");
  const envelope = await seal({
    id: ID,
    collection: "journal",
    keyId: key.id,
    key: key.bytes,
    plaintext: RECORD,
  });
  return { key, envelope, ctx: { id: ID, collection: "journal", keyId: key.id, key: key.bytes } };
}

/** Flips one bit of one byte inside a base64 string, keeping it valid base64. */
function flipByte(b64: string, at: number): string {
  const bytes = Buffer.from(b64, "base64");
  bytes[at]! ^= 0x01;
  return bytes.toString("base64");
}

describe("record envelopes", () => {
  it("C9 C12: seal → open round-trips; the envelope is {v, keyId, nonce, ciphertext} and schema-valid", async () => {
    const { envelope, ctx } = await sealed();
    expect(Object.keys(envelope).sort()).toEqual(["ciphertext", "keyId", "nonce", "v"]);
    expect(envelopeSchema.parse(envelope)).toEqual(envelope);
    expect(Buffer.from(envelope.nonce, "base64")).toHaveLength(24);
    expect(await open(envelope, ctx)).toEqual({ ok: true, value: RECORD });
  });

  it("C9: every seal uses a fresh random nonce", async () => {
    const key = await newPurposeKey("items");
    const input = { id: ID, collection: "journal", keyId: key.id, key: key.bytes, plaintext: RECORD };
    const a = await seal(input);
    const b = await seal(input);
    expect(a.nonce).not.toBe(b.nonce);
    expect(a.ciphertext).not.toBe(b.ciphertext);
  });

  it("C11: record kind, timestamps and content are not readable in the envelope", async () => {
    const { envelope } = await sealed();
    const visible = JSON.stringify(envelope) + Buffer.from(envelope.ciphertext, "base64").toString("latin1");
    for (const secret of ["journal", "2025-01-02", "quiet morning", "createdAt"]) {
      expect(visible).not.toContain(secret);
    }
  });

  it("C13: a tampered ciphertext, tag or nonce is 'tampered'", async () => {
    const { envelope, ctx } = await sealed();
    const n = Buffer.from(envelope.ciphertext, "base64").length;
    for (const bad of [
      { ...envelope, ciphertext: flipByte(envelope.ciphertext, 0) },
      { ...envelope, ciphertext: flipByte(envelope.ciphertext, n - 1) }, // in the tag
      { ...envelope, nonce: flipByte(envelope.nonce, 5) },
    ]) {
      expect(await open(bad, ctx)).toEqual({ ok: false, reason: "tampered" });
    }
  });

  it("C10 C13: a record moved to another id or another collection does not open", async () => {
    const { envelope, ctx } = await sealed();
    expect(await open(envelope, { ...ctx, id: "3f1c2a9e-8a4b-4c1e-9f6d-2b7e5a1c0d94" })).toEqual({
      ok: false,
      reason: "tampered",
    });
    expect(await open(envelope, { ...ctx, collection: "glimmers" })).toEqual({
      ok: false,
      reason: "tampered",
    });
  });

  it("C10 C13: relabelling the key id is caught by the AD even when the caller holds that id", async () => {
    const { envelope, ctx } = await sealed();
    const relabelled: Envelope = { ...envelope, keyId: "items:2" };
    expect(await open(relabelled, { ...ctx, keyId: "items:2" })).toEqual({ ok: false, reason: "tampered" });
  });

  it("C13: another key id is 'wrongKey'; other key bytes under the same id are 'tampered'", async () => {
    const { envelope, ctx } = await sealed();
    const other = await newPurposeKey("items", 2);
    expect(await open(envelope, { ...ctx, keyId: other.id, key: other.bytes })).toEqual({
      ok: false,
      reason: "wrongKey",
    });
    expect(await open(envelope, { ...ctx, key: other.bytes })).toEqual({ ok: false, reason: "tampered" });
  });

  it("C13: another format version is 'unsupportedVersion'; junk is 'malformed'", async () => {
    const { envelope, ctx } = await sealed();
    expect(await open({ ...envelope, v: 2 }, ctx)).toEqual({ ok: false, reason: "unsupportedVersion" });
    for (const junk of [null, "x", {}, { ...envelope, nonce: "AAAA" }, { ...envelope, ciphertext: "!!!!" }]) {
      expect(await open(junk, ctx)).toEqual({ ok: false, reason: "malformed" });
    }
  });

  it("C12: seal refuses what it cannot bind: a bad collection, key id or a non-object plaintext", async () => {
    const key = await newPurposeKey("items");
    const base = { id: ID, collection: "journal", keyId: key.id, key: key.bytes, plaintext: RECORD };
    await expect(seal({ ...base, collection: "Journal entries" })).rejects.toThrow();
    await expect(seal({ ...base, id: "" })).rejects.toThrow(RangeError);
    await expect(seal({ ...base, plaintext: [1] as unknown as Record<string, unknown> })).rejects.toThrow(
      TypeError,
    );
  });
});
