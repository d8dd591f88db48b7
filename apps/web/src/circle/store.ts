import type { CircleBox } from "@small-steps/crypto/schemas";
import { db } from "../store/db.ts";
import {
  CIRCLE_META,
  type CirclePeer,
  type CircleProfile,
  DEFAULT_PHRASES,
  type PendingInvite,
} from "./model.ts";

/** Small reads and writes of the circle's rows in Dexie (model.ts), shared by the engine's parts. */

export const EPOCH = "1970-01-01T00:00:00.000Z";

export async function readProfile(): Promise<CircleProfile> {
  const value = (await db.meta.get(CIRCLE_META.profile))?.value as CircleProfile | undefined;
  return value ?? { name: "", status: null, statusAt: null };
}

export async function writeProfile(profile: CircleProfile): Promise<void> {
  await db.meta.put({ key: CIRCLE_META.profile, value: profile });
}

export async function readInvites(): Promise<PendingInvite[]> {
  return ((await db.meta.get(CIRCLE_META.invites))?.value as PendingInvite[] | undefined) ?? [];
}

export async function writeInvites(invites: PendingInvite[]): Promise<void> {
  await db.meta.put({ key: CIRCLE_META.invites, value: invites });
}

export async function readCursor(): Promise<number> {
  const value = (await db.meta.get(CIRCLE_META.cursor))?.value;
  return typeof value === "number" ? value : 0;
}

/** A quiet box (status, name, phrases, receipts, seen) waiting to be sent; kept until the server has it. */
export interface QueuedBox {
  id: string;
  to: string;
  box: CircleBox;
  quiet: boolean;
}

const OUTBOX = "circle:outbox";

export async function readQueued(): Promise<QueuedBox[]> {
  return ((await db.meta.get(OUTBOX))?.value as QueuedBox[] | undefined) ?? [];
}

export async function writeQueued(queue: QueuedBox[]): Promise<void> {
  await db.meta.put({ key: OUTBOX, value: queue });
}

/** A peer seen for the first time: their key pinned now (CR2), the default phrases until either edits. */
export function newPeer(fields: {
  peerId: string;
  publicKey: string;
  inMyCircle: boolean;
  inTheirCircle: boolean;
  since: string;
  mutedUntil: string | null;
  label: string | null;
}): CirclePeer {
  return {
    ...fields,
    changedKey: null,
    name: null,
    connected: true,
    verified: false,
    status: null,
    statusAt: null,
    phrases: {
      reach: [...DEFAULT_PHRASES.reach],
      answer: [...DEFAULT_PHRASES.answer],
      at: EPOCH,
      by: "default",
    },
    receiptsMine: false,
    receiptsTheirs: false,
    seenUpTo: null,
    lastAt: null,
    unread: 0,
  };
}

/** Everything the circle keeps on this device goes (sign-out to another account, delete everything). */
export async function forgetCircle(): Promise<void> {
  await db.transaction("rw", [db.circlePeers, db.circleMessages, db.meta], async () => {
    await db.circlePeers.clear();
    await db.circleMessages.clear();
    await db.meta.bulkDelete([...Object.values(CIRCLE_META), OUTBOX]);
  });
}
