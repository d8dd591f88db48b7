import type { SosSessionRecord, SosTool } from "@small-steps/core";
import { db } from "../store/db.ts";
import { createRecord, nowFields, updateRecord } from "../store/records.ts";

/**
 * The current visit to the SOS flow. Its id lives in sessionStorage so moving between SOS
 * screens (or a reload) keeps one visit; a visit older than two hours is treated as over.
 * Every write is best effort: the SOS flow never waits for, or fails because of, storage.
 */
const KEY = "small-steps:sos-session";
const STALE_MS = 2 * 60 * 60 * 1000;

function currentId(): string | undefined {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return undefined;
    const { id, started } = JSON.parse(raw) as { id: string; started: number };
    return Date.now() - started < STALE_MS ? id : undefined;
  } catch {
    return undefined;
  }
}

function remember(id: string | undefined): void {
  try {
    if (id) sessionStorage.setItem(KEY, JSON.stringify({ id, started: Date.now() }));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage off: each screen then records on its own; nothing is lost that matters.
  }
}

async function current(): Promise<SosSessionRecord | undefined> {
  const id = currentId();
  return id ? db.sosSessions.get(id) : undefined;
}

/** Starts a visit, optionally with how strong the distress is now (0–10). */
export async function startSosSession(distressBefore?: number): Promise<SosSessionRecord> {
  const existing = await current();
  if (existing && existing.endedAt === undefined) {
    return distressBefore === undefined
      ? existing
      : updateRecord("sosSession", existing.id, { distressBefore });
  }
  const record = await createRecord("sosSession", { ...nowFields(), tools: [], distressBefore });
  remember(record.id);
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
