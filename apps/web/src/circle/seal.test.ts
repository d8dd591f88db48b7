import { newCircleKeyPair } from "@small-steps/crypto";
import type { CircleEnvelope } from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import { bytesToBase64 } from "../account/base64.ts";
import { openEnvelope, sealEnvelope } from "./seal.ts";

const ROBIN = "11111111-1111-4111-8111-111111111111";
const SAM = "22222222-2222-4222-8222-222222222222";
const ID = "33333333-3333-4333-8333-333333333333";

describe("circle boxes on the device (docs/circle.md CR11)", async () => {
  const robin = await newCircleKeyPair();
  const sam = await newCircleKeyPair();
  const envelope: CircleEnvelope = {
    from: ROBIN,
    to: SAM,
    id: ID,
    at: "2026-11-22T10:00:00.000Z",
    content: { t: "message", text: "Can you check in on me?", phrase: "reach" },
  };

  it("opens what was sealed for this person, from the pinned sender", async () => {
    const box = await sealEnvelope(envelope, robin.secret.bytes, bytesToBase64(sam.publicKey));
    expect(JSON.stringify(box)).not.toContain("check in");
    const opened = await openEnvelope(
      box,
      { id: ID, from: ROBIN, to: SAM },
      sam.secret.bytes,
      bytesToBase64(robin.publicKey),
    );
    expect(opened).toEqual({ ok: true, envelope });
  });

  it("refuses a box the server re-addressed: another id, sender or recipient", async () => {
    const box = await sealEnvelope(envelope, robin.secret.bytes, bytesToBase64(sam.publicKey));
    const robinKey = bytesToBase64(robin.publicKey);
    const other = "44444444-4444-4444-8444-444444444444";
    for (const routing of [
      { id: other, from: ROBIN, to: SAM },
      { id: ID, from: other, to: SAM },
      { id: ID, from: ROBIN, to: other },
    ]) {
      expect(await openEnvelope(box, routing, sam.secret.bytes, robinKey)).toEqual({ ok: false });
    }
  });

  it("refuses a box sealed with a swapped key (CR2), and a box with a changed byte", async () => {
    const mallory = await newCircleKeyPair();
    const forged = await sealEnvelope(envelope, mallory.secret.bytes, bytesToBase64(sam.publicKey));
    const routing = { id: ID, from: ROBIN, to: SAM };
    expect(await openEnvelope(forged, routing, sam.secret.bytes, bytesToBase64(robin.publicKey))).toEqual({
      ok: false,
    });
    const box = await sealEnvelope(envelope, robin.secret.bytes, bytesToBase64(sam.publicKey));
    const changed = {
      ...box,
      ciphertext: `${box.ciphertext.slice(0, 10)}${box.ciphertext[10] === "A" ? "B" : "A"}${box.ciphertext.slice(11)}`,
    };
    expect(await openEnvelope(changed, routing, sam.secret.bytes, bytesToBase64(robin.publicKey))).toEqual({
      ok: false,
    });
  });
});
