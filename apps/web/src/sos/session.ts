import { isRatingNow, isVisitOpen, type SosSessionRecord, type SosTool } from "@small-steps/core";
import { db } from "../store/db.ts";
import { createRecord, nowFields, updateRecord } from "../store/records.ts";

/**
 * The current visit to the SOS flow. Its id lives in sessionStorage so moving between SOS
 * screens (or a reload) keeps one visit. A visit untouched for over an hour is over
 * (core sosVisit.ts): it stays stored as it stood and the next visit starts fresh.
 * Every write is best effort: the SOS flow never waits for, or fails because of, storage.
 */
const KEY = "small-steps:sos-session";

/** The visit's id, and when its "before" rating was given (the record keeps no such time). */
interface Pointer {
  id: string;
  ratedAt?: string | undefined;
}

function pointer(): Pointer | undefined {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return undefined;
    const { id, ratedAt } = JSON.parse(raw) as Partial<Pointer>;
    return typeof id === "string"
      ? { id, ratedAt: typeof ratedAt === "string" ? ratedAt : undefined }
      : undefined;
  } catch {
    return undefined;
  }
}

function remember(p: Pointer | undefined): void {
  try {
    if (p) sessionStorage.setItem(KEY, JSON.stringify(p));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage off: each screen then records on its own; nothing is lost that matters.
  }
}

/** The open visit, if any. One idle for over an hour is let go of, unchanged. */
async function current(): Promise<SosSessionRecord | undefined> {
  const p = pointer();
  if (!p) return undefined;
  const session = await db.sosSessions.get(p.id);
  if (!session || session.deleted || !isVisitOpen(session, Date.now())) {
    remember(undefined);
    return undefined;
  }
  return session;
}

/** Starts a visit, optionally with how strong the distress is now (0–10). */
export async function startSosSession(distressBefore?: number): Promise<SosSessionRecord> {
  const existing = await current();
  if (existing) {
    if (distressBefore === undefined) return existing;
    // Changing a rating given moments ago corrects it. A new "right now" once the earlier one
    // has gone stale is a new moment: it starts a new visit, and the earlier one keeps its rating.
    if (existing.distressBefore === undefined || isRatingNow(pointer()?.ratedAt, Date.now())) {
      const updated = await updateRecord("sosSession", existing.id, { distressBefore });
      remember({ id: updated.id, ratedAt: updated.updatedAt });
      return updated;
    }
  }
  const record = await createRecord("sosSession", { ...nowFields(), tools: [], distressBefore });
  remember({ id: record.id, ratedAt: distressBefore === undefined ? undefined : record.createdAt });
  return record;
}

/** Notes that a tool was opened in this visit (starting a visit if there is none). */
export async function markToolUsed(tool: SosTool): Promise<void> {
  try {
    const session = (await current()) ?? (await startSosSession());
    if (session.tools.at(-1) === tool) return;
    await updateRecord("sosSession", session.id, { tools: [...session.tools, tool] });
  } catch (error) {
    console.warn("Could not note the SOS tool", error);
  }
}

/** Ends the visit, optionally with how strong the distress is now. */
export async function finishSosSession(distressAfter?: number): Promise<void> {
  const session = await current();
  if (session) {
    await updateRecord("sosSession", session.id, { endedAt: new Date().toISOString(), distressAfter });
  }
  remember(undefined);
}

/** The visit in progress, if any (for showing the "before" rating again at the end). */
export const currentSosSession = current;

/** The "before" rating of the open visit: `now` while it still answers "right now". */
export interface BeforeRating {
  value: number;
  /** When it was given, when known. */
  at?: string | undefined;
  now: boolean;
}

export async function beforeRating(): Promise<BeforeRating | undefined> {
  const session = await current();
  if (!session || session.distressBefore === undefined) return undefined;
  const at = pointer()?.ratedAt;
  return { value: session.distressBefore, at, now: isRatingNow(at, Date.now()) };
}
