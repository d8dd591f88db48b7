/**
 * What the person sees of sync: a small observable value, kept apart from the engine so the
 * status line can render without loading crypto or the engine.
 */
export type SyncPhase = "checking" | "off" | "idle" | "syncing" | "offline" | "signedOut" | "error";

export interface SyncStatus {
  phase: SyncPhase;
  /** During a long (initial) sync: records received so far and how many the server has in all. */
  progress?: { done: number; total: number };
  /** When this device last finished a sync with nothing left to send (ISO time). */
  lastSyncedAt?: string;
  /** How many local changes are still waiting to go (shown while offline). */
  pending?: number;
}

// Nothing is known until sync/start.ts has looked for an account (then "off", or the runner's
// own word): "checking" says so, where "off" would be a guess that flashes before the truth.
let current: SyncStatus = { phase: "checking" };
const listeners = new Set<(status: SyncStatus) => void>();

export function syncStatus(): SyncStatus {
  return current;
}

export function setSyncStatus(next: Partial<SyncStatus> & { phase: SyncPhase }): void {
  current = { lastSyncedAt: current.lastSyncedAt, ...next };
  for (const listener of listeners) listener(current);
}

export function onSyncStatus(listener: (status: SyncStatus) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
