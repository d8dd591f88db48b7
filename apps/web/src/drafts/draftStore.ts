import { db } from "../store/db.ts";

/**
 * Drafts on this device (the `drafts` table, store/migrations.ts v6). Every change is written
 * at once — no debounce to lose the last keystrokes to — but never more than one write is in
 * flight: while one lands, later changes gather here and only the newest value of each draft
 * follows it. Failures are quiet: while App lock is locked a write is refused (LockedError) and
 * a sealed draft reads as absent, and the form on screen still holds every word either way.
 */

/** A value still to be written, or null when the draft is to go. Kept until it has landed. */
const pending = new Map<string, { value: unknown } | null>();
/** Keys changed since the running write took its batch. */
const dirty = new Set<string>();
let running: Promise<void> | null = null;
let listening = false;

/** Keeps what is in the form now; it lands in IndexedDB straight after. */
export function keepDraft(key: string, value: unknown): void {
  pending.set(key, { value });
  dirty.add(key);
  listen();
  void flushDrafts();
}

/** Lets a draft go (saved, cancelled or cleared on purpose). */
export function dropDraft(key: string): Promise<void> {
  pending.set(key, null);
  dirty.add(key);
  return flushDrafts();
}

/** The kept draft, or undefined when there is none (or it is sealed while locked). */
export async function readDraft<T>(key: string): Promise<T | undefined> {
  const waiting = pending.get(key);
  if (waiting !== undefined) return waiting === null ? undefined : (waiting.value as T);
  try {
    return (await db.drafts.get(key))?.value as T | undefined;
  } catch (err) {
    quiet(err);
    return undefined;
  }
}

/** Resolves once every change made so far has been written (or refused). */
export function flushDrafts(): Promise<void> {
  running ??= writeAll().finally(() => {
    running = null;
  });
  return running;
}

/** "Delete everything" clears the table; nothing still waiting here may write it back. */
export function forgetPendingDrafts(): void {
  pending.clear();
  dirty.clear();
}

async function writeAll(): Promise<void> {
  // Let the same tick's changes join the first write.
  await Promise.resolve();
  while (dirty.size > 0) {
    const batch = [...dirty];
    dirty.clear();
    const puts: { key: string; value: unknown }[] = [];
    const gone: string[] = [];
    for (const key of batch) {
      const waiting = pending.get(key);
      if (waiting) puts.push({ key, value: waiting.value });
      else if (waiting === null) gone.push(key);
    }
    try {
      await db.transaction("rw", db.drafts, async () => {
        if (puts.length) await db.drafts.bulkPut(puts);
        if (gone.length) await db.drafts.bulkDelete(gone);
      });
    } catch (err) {
      quiet(err);
    }
    // Landed (or refused): reads go to the table again, unless the draft changed meanwhile.
    for (const key of batch) if (!dirty.has(key)) pending.delete(key);
  }
}

/**
 * Leaving the page (a closed tab, a switched app) is when the last words matter most: make
 * sure nothing is left waiting. With no debounce this is a safety net, not the main path.
 */
function listen(): void {
  if (listening || typeof addEventListener !== "function") return;
  listening = true;
  const flush = () => void flushDrafts();
  addEventListener("pagehide", flush);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flush();
  });
}

function quiet(err: unknown): void {
  // Locked (LockedError) is expected and says nothing new; anything else is worth a line.
  if (err instanceof Error && err.name === "LockedError") return;
  console.warn("drafts: could not keep a draft", err);
}
