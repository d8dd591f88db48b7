import { normalizeInviteCode } from "@small-steps/sync";
import { base64ToBytes } from "../account/base64.ts";
import { db } from "../store/db.ts";
import { circleApi } from "./api.ts";
import { refreshConnections as fetchConnections } from "./connections.ts";
import { getMe, type Me } from "./identity.ts";
import { fetchInbox as fetchInboxFor } from "./inbox.ts";
import type { CirclePeer, CircleStatus, PendingInvite, PhraseKind } from "./model.ts";
import { flushOutbox, type Kept, sendQuiet, sendText } from "./outbox.ts";
import { type CircleResult, failure, problemOf } from "./problems.ts";
import { newPeer, readInvites, readProfile, writeInvites, writeProfile } from "./store.ts";

/**
 * The circle as the screens use it (docs/circle.md): each call does its work on the device
 * (sealing, opening, pinning keys) and talks to the server; screens read what is kept from Dexie
 * (db.circlePeers, db.circleMessages, meta rows in CIRCLE_META) with useLiveQuery, and put
 * problems into calm words. Nothing here throws for an expected failure.
 */

export { circleReadiness, type Readiness, unlockCircleOnThisDevice } from "./identity.ts";
export type { Kept } from "./outbox.ts";
export type { CircleProblem, CircleResult } from "./problems.ts";

const ok: CircleResult<void> = { ok: true, value: undefined };
/** "Mute with no end" is a mute until a date no one will see. */
export const MUTE_FOREVER = "9999-12-31T00:00:00.000Z";

async function withMe<T>(work: (me: Me) => Promise<CircleResult<T>>): Promise<CircleResult<T>> {
  const me = await getMe();
  return me.ok ? work(me.value) : me;
}

async function peerOf(peerId: string): Promise<CirclePeer | undefined> {
  return db.circlePeers.get(peerId);
}

/** A new person gets my name and my status, quietly (CR10). */
async function greet(me: Me, peers: readonly CirclePeer[]): Promise<void> {
  const profile = await readProfile();
  for (const peer of peers) {
    if (profile.name) await sendQuiet(me, peer, { t: "hello", name: profile.name });
    if (profile.status) await sendQuiet(me, peer, { t: "status", status: profile.status });
  }
}

async function refreshConnectionsWith(me: Me): Promise<void> {
  const added = await fetchConnections();
  if (added && added.length > 0) await greet(me, added);
}

let refreshing: Promise<void> | undefined;

/** Connections, then the inbox, then whatever waits to be sent. One at a time. */
export function refreshCircle(): Promise<void> {
  refreshing ??= (async () => {
    const me = await getMe();
    if (!me.ok) return;
    await refreshConnectionsWith(me.value);
    await fetchInboxFor(me.value, { refreshConnections: () => refreshConnectionsWith(me.value) });
    await flushOutbox();
  })()
    .catch((error) => console.error("circle: refresh failed", error instanceof Error ? error.name : ""))
    .finally(() => {
      refreshing = undefined;
    });
  return refreshing;
}

/** A live nudge: a box waits (CR8). */
export async function fetchInbox(): Promise<void> {
  const me = await getMe();
  if (!me.ok) return;
  await fetchInboxFor(me.value, { refreshConnections: () => refreshConnectionsWith(me.value) });
}

/** A live nudge: someone joined, left or was removed. */
export async function refreshConnections(): Promise<void> {
  const me = await getMe();
  if (me.ok) await refreshConnectionsWith(me.value);
}

export function createInvite(label: string): Promise<CircleResult<PendingInvite>> {
  return withMe(async () => {
    const r = await circleApi.createInvite();
    if (!r.ok) return failure(problemOf(r.failure));
    const invite: PendingInvite = { ...r.value.invite, code: r.value.code, label: label.trim() };
    await writeInvites([...(await readInvites()), invite]);
    return { ok: true, value: invite };
  });
}

export async function cancelInvite(id: string): Promise<CircleResult<void>> {
  const r = await circleApi.cancelInvite(id);
  // Already gone on the server (used, expired): it goes here too.
  if (!r.ok && !(r.failure.kind === "refused" && r.failure.status === 404))
    return failure(problemOf(r.failure));
  await writeInvites((await readInvites()).filter((i) => i.id !== id));
  return ok;
}

export function acceptInvite(code: string): Promise<CircleResult<{ peerId: string }>> {
  return withMe(async (me) => {
    const normalized = normalizeInviteCode(code);
    if ((await readInvites()).some((i) => i.code === normalized)) return failure({ kind: "ownCode" });
    const r = await circleApi.accept(normalized);
    if (!r.ok) {
      const f = r.failure;
      // Bad, used, expired or blocked codes all read the same (CR4).
      if (f.kind === "refused" && (f.status === 400 || f.status === 404 || f.status === 410)) {
        return failure({ kind: "codeNotValid" });
      }
      return failure(problemOf(f));
    }
    const c = r.value.connection;
    const kept = await peerOf(c.peerId);
    const peer: CirclePeer = kept
      ? { ...kept, connected: true, inMyCircle: c.inMyCircle, inTheirCircle: c.inTheirCircle }
      : newPeer({ ...c, label: null });
    await db.circlePeers.put(peer);
    await greet(me, [peer]);
    return { ok: true, value: { peerId: c.peerId } };
  });
}

export function sendMessage(
  peerId: string,
  text: string,
  phrase: PhraseKind | null,
): Promise<CircleResult<Kept>> {
  return withMe(async (me) => {
    const peer = await peerOf(peerId);
    if (!peer) return failure({ kind: "notConnected" });
    if (!text.trim()) return failure({ kind: "failed" });
    return sendText(me, peer, text, phrase);
  });
}

async function connectedPeers(): Promise<CirclePeer[]> {
  return (await db.circlePeers.toArray()).filter((p) => p.connected && !p.changedKey);
}

export function setMyStatus(status: CircleStatus | null): Promise<CircleResult<void>> {
  return withMe(async (me) => {
    const profile = await readProfile();
    await writeProfile({ ...profile, status, statusAt: new Date().toISOString() });
    for (const peer of await connectedPeers()) await sendQuiet(me, peer, { t: "status", status });
    return ok;
  });
}

export function setMyName(name: string): Promise<CircleResult<void>> {
  return withMe(async (me) => {
    const trimmed = name.trim();
    if (!trimmed) return failure({ kind: "failed" });
    const profile = await readProfile();
    await writeProfile({ ...profile, name: trimmed });
    if (trimmed !== profile.name) {
      for (const peer of await connectedPeers()) await sendQuiet(me, peer, { t: "hello", name: trimmed });
    }
    return ok;
  });
}

export function savePhrases(peerId: string, reach: string[], answer: string[]): Promise<CircleResult<void>> {
  return withMe(async (me) => {
    const peer = await peerOf(peerId);
    if (!peer?.connected) return failure({ kind: "notConnected" });
    const clean = (list: string[]) => list.map((p) => p.trim()).filter((p) => p.length > 0);
    const phrases = {
      reach: clean(reach),
      answer: clean(answer),
      at: new Date().toISOString(),
      by: "me" as const,
    };
    await db.circlePeers.update(peerId, { phrases });
    await sendQuiet(me, peer, { t: "phrases", reach: phrases.reach, answer: phrases.answer });
    return ok;
  });
}

export function setReceipts(peerId: string, on: boolean): Promise<CircleResult<void>> {
  return withMe(async (me) => {
    const peer = await peerOf(peerId);
    if (!peer) return failure({ kind: "notConnected" });
    await db.circlePeers.update(peerId, { receiptsMine: on });
    await sendQuiet(me, peer, { t: "receipts", on });
    if (on) await markSeen(peerId);
    return ok;
  });
}

const lastSeenSent = new Map<string, string>();

/** The conversation is on screen: nothing unread; "seen" goes only if both share it (CR12). */
export async function markSeen(peerId: string): Promise<void> {
  const peer = await peerOf(peerId);
  if (!peer) return;
  if (peer.unread > 0) await db.circlePeers.update(peerId, { unread: 0 });
  if (!(peer.receiptsMine && peer.receiptsTheirs && peer.connected)) return;
  const incoming = await db.circleMessages
    .where("[peerId+at]")
    .between([peerId, ""], [peerId, "\uffff"])
    .filter((m) => m.direction === "in" && m.state === "sent")
    .last();
  if (!incoming || lastSeenSent.get(peerId) === incoming.id) return;
  lastSeenSent.set(peerId, incoming.id);
  const me = await getMe();
  if (me.ok) await sendQuiet(me.value, peer, { t: "seen", upTo: incoming.id });
}

export async function setVerified(peerId: string, verified: boolean): Promise<void> {
  await db.circlePeers.update(peerId, { verified });
}

/** After comparing the new code (CR2): the new key is pinned, and is not yet verified. */
export async function acceptChangedKey(peerId: string): Promise<void> {
  const peer = await peerOf(peerId);
  if (!peer?.changedKey) return;
  await db.circlePeers.update(peerId, { publicKey: peer.changedKey, changedKey: null, verified: false });
}

/** The code both people compare (C28): my public key and theirs (pinned, or the changed one). */
export async function safetyCodeFor(
  peer: CirclePeer,
  which: "pinned" | "changed" = "pinned",
): Promise<string | null> {
  const me = await getMe();
  if (!me.ok) return null;
  const theirs = base64ToBytes(which === "changed" ? (peer.changedKey ?? "") : peer.publicKey);
  const mine = base64ToBytes(me.value.publicKey);
  if (theirs?.length !== 32 || !mine) return null;
  const { safetyCode } = await import("@small-steps/crypto");
  return safetyCode(mine, theirs);
}

export async function mute(peerId: string, until: string | null): Promise<CircleResult<void>> {
  const r = await circleApi.mute(peerId, until);
  if (!r.ok) return failure(problemOf(r.failure));
  await db.circlePeers.update(peerId, { mutedUntil: until });
  return ok;
}

async function ending(request: () => ReturnType<typeof circleApi.remove>): Promise<CircleResult<void>> {
  const r = await request();
  if (!r.ok) return failure(problemOf(r.failure));
  await refreshConnections();
  return ok;
}

export const removeFromCircle = (peerId: string) => ending(() => circleApi.remove(peerId));
export const leaveCircle = (peerId: string) => ending(() => circleApi.leave(peerId));
export const block = (peerId: string) => ending(() => circleApi.block(peerId));
