import type { CircleBox } from "@small-steps/crypto/schemas";
import { type CircleEnvelope, circleEnvelopeSchema } from "@small-steps/sync";
import { base64ToBytes } from "../account/base64.ts";

/**
 * Sealing and opening circle boxes on the device (docs/circle.md CR11, docs/crypto.md C26–C27).
 * libsodium is imported here, lazily: the circle's screens load it, the first screen never does.
 */

const crypto = () => import("@small-steps/crypto");
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder("utf-8", { fatal: true });

export async function sealEnvelope(
  envelope: CircleEnvelope,
  mySecret: Uint8Array,
  theirPublicKey: string,
): Promise<CircleBox> {
  const { sealToPeer } = await crypto();
  const theirs = base64ToBytes(theirPublicKey);
  if (theirs?.length !== 32) throw new Error("circle: a peer key that is not 32 bytes");
  return sealToPeer(utf8.encode(JSON.stringify(envelope)), mySecret, theirs);
}

export type OpenOutcome = { ok: true; envelope: CircleEnvelope } | { ok: false };

/**
 * Opens a box from a peer and checks that what is inside names the same sender, recipient and
 * message id as the routing the server gave (CR11). Any mismatch, a changed byte, or a box sealed
 * with another key is one outcome: not opened. Nothing partial is ever returned.
 */
export async function openEnvelope(
  box: unknown,
  routing: { id: string; from: string; to: string },
  mySecret: Uint8Array,
  theirPublicKey: string,
): Promise<OpenOutcome> {
  const { openFromPeer } = await crypto();
  const theirs = base64ToBytes(theirPublicKey);
  if (theirs?.length !== 32) return { ok: false };
  const opened = await openFromPeer(box, mySecret, theirs);
  if (!opened.ok) return { ok: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromUtf8.decode(opened.value));
  } catch {
    return { ok: false };
  }
  const envelope = circleEnvelopeSchema.safeParse(parsed);
  if (!envelope.success) return { ok: false };
  const e = envelope.data;
  if (e.id !== routing.id || e.from !== routing.from || e.to !== routing.to) return { ok: false };
  return { ok: true, envelope: e };
}
