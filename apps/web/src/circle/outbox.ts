import type { CircleContent, CircleEnvelope } from "@small-steps/sync";
import { db } from "../store/db.ts";
import { circleApi } from "./api.ts";
import type { Me } from "./identity.ts";
import type { CirclePeer } from "./model.ts";
import { type CircleResult, failure, problemOf } from "./problems.ts";
import { sealEnvelope } from "./seal.ts";
import { readQueued, writeQueued } from "./store.ts";

/**
 * Sending (CR7): every box gets its id on this device and is kept until the server has it, so a
 * lost answer or a dropped connection sends the very same box again, and the server stores it
 * once. Messages wait in db.circleMessages (state "sending", shown to the person); quiet boxes
 * (status, name, phrases, receipts, seen) wait in a small meta queue.
 */

/** Seals content for one peer. Refuses while their key is in question (CR2). */
export async function sealFor(me: Me, peer: CirclePeer, id: string, content: CircleContent) {
  const envelope: CircleEnvelope = {
    from: me.userId,
    to: peer.peerId,
    id,
    at: new Date().toISOString(),
    content,
  };
  return { envelope, box: await sealEnvelope(envelope, me.secret, peer.publicKey) };
}

/** What became of a written message: its id, and whether the server has it yet. */
export interface Kept {
  id: string;
  /** The relay acknowledged it. False: it waits on this device (offline, or the relay can't be reached). */
  sent: boolean;
}

/**
 * Sends a written message: kept as "sending" first, so nothing typed is lost offline. The
 * answer says honestly whether it went; a waiting message goes with the next flush, and the
 * screens follow its row (state "sending" → "sent") to say when it has.
 */
export async function sendText(
  me: Me,
  peer: CirclePeer,
  text: string,
  phrase: "reach" | "answer" | null,
): Promise<CircleResult<Kept>> {
  if (peer.changedKey) return failure({ kind: "keyChanged" });
  if (!peer.connected) return failure({ kind: "notConnected" });
  const id = crypto.randomUUID();
  const { envelope, box } = await sealFor(me, peer, id, { t: "message", text, phrase });
  await db.transaction("rw", [db.circleMessages, db.circlePeers], async () => {
    await db.circleMessages.put({
      id,
      peerId: peer.peerId,
      direction: "out",
      at: envelope.at,
      text: text.trim(),
      phrase,
      state: "sending",
      box,
    });
    await db.circlePeers.update(peer.peerId, { lastAt: envelope.at });
  });
  const sent = await circleApi.send({ id, to: peer.peerId, box, quiet: false });
  if (sent.ok) {
    await db.circleMessages.update(id, { state: "sent", box: undefined });
    return { ok: true, value: { id, sent: true } };
  }
  const problem = problemOf(sent.failure);
  if (problem.kind === "notConnected") {
    await db.circleMessages.update(id, { state: "failed", box: undefined });
    return failure(problem);
  }
  // Offline, asked to wait, or the relay had a problem: it stays "sending", kept with its
  // sealed box, and goes with the next flush (the live socket's reconnect, the next visit).
  return { ok: true, value: { id, sent: false } };
}

/** Queues and sends a quiet box (CR10); it stays queued while offline. */
export async function sendQuiet(me: Me, peer: CirclePeer, content: CircleContent): Promise<void> {
  if (peer.changedKey || !peer.connected) return;
  const id = crypto.randomUUID();
  const { box } = await sealFor(me, peer, id, content);
  await writeQueued([...(await readQueued()), { id, to: peer.peerId, box, quiet: true }]);
  await flushOutbox();
}

let flushing: Promise<void> | undefined;

/** Sends whatever waits, oldest first; one flush at a time. */
export function flushOutbox(): Promise<void> {
  flushing ??= flush().finally(() => {
    flushing = undefined;
  });
  return flushing;
}

async function flush(): Promise<void> {
  const waiting = await db.circleMessages.filter((m) => m.state === "sending").toArray();
  waiting.sort((a, b) => a.at.localeCompare(b.at));
  for (const message of waiting) {
    if (!message.box) continue;
    const r = await circleApi.send({
      id: message.id,
      to: message.peerId,
      box: message.box as never,
      quiet: false,
    });
    if (r.ok) await db.circleMessages.update(message.id, { state: "sent", box: undefined });
    else if (problemOf(r.failure).kind === "notConnected") {
      await db.circleMessages.update(message.id, { state: "failed", box: undefined });
    } else return;
  }
  for (const queued of await readQueued()) {
    const r = await circleApi.send(queued);
    const kind = r.ok ? "done" : problemOf(r.failure).kind;
    if (kind === "offline" || kind === "rateLimited") return;
    // Sent, or refused for good (no longer connected): either way it leaves the queue.
    await writeQueued((await readQueued()).filter((q) => q.id !== queued.id));
  }
}
