import Dexie from "dexie";
import {
  CIRCLE_META,
  type CircleMessage,
  type CirclePeer,
  type CircleProfile,
  type PendingInvite,
} from "../../circle/model.ts";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";
import { byRecent } from "./people.ts";

/**
 * What the circle screens read, live from this device's store: the engine writes, these re-render.
 * `undefined` means "still reading", so a screen can hold its place instead of flashing "empty".
 */

export function usePeers(): CirclePeer[] | undefined {
  return useLiveQuery(async () => (await db.circlePeers.toArray()).sort(byRecent), []);
}

/** One person; null when this device doesn't know them. */
export function usePeer(peerId: string): CirclePeer | null | undefined {
  return useLiveQuery(async () => (await db.circlePeers.get(peerId)) ?? null, [peerId]);
}

export function useProfile(): CircleProfile | null | undefined {
  return useLiveQuery(async () => {
    const row = await db.meta.get(CIRCLE_META.profile);
    return (row?.value as CircleProfile | undefined) ?? null;
  }, []);
}

/** My invites not yet used, soonest to expire first; expired ones no longer work, so they aren't shown. */
export function useInvites(now: number): PendingInvite[] | undefined {
  return useLiveQuery(async () => {
    const row = await db.meta.get(CIRCLE_META.invites);
    const all = (row?.value as PendingInvite[] | undefined) ?? [];
    return all
      .filter((i) => new Date(i.expiresAt).getTime() > now)
      .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
  }, [now]);
}

export interface MessagePage {
  messages: CircleMessage[];
  /** Older messages exist beyond this page. */
  more: boolean;
}

/** The newest `limit` messages with one person, oldest first (the order a conversation is read in). */
export function useMessages(peerId: string, limit: number): MessagePage | undefined {
  return useLiveQuery(async () => {
    const newest = await db.circleMessages
      .where("[peerId+at]")
      .between([peerId, Dexie.minKey], [peerId, Dexie.maxKey])
      .reverse()
      .limit(limit + 1)
      .toArray();
    return { messages: newest.slice(0, limit).reverse(), more: newest.length > limit };
  }, [peerId, limit]);
}
