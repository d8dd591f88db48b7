/**
 * "Someone's items changed" (docs/sync.md S19). The sync route publishes after a commit; each live
 * socket subscribes for its person. The in-process notifier fans out inside one server; with
 * several instances, a PostgreSQL LISTEN/NOTIFY (or Redis) implementation of this same interface
 * carries the event between them, and nothing else changes. Events carry no private content:
 * a person id, a seq, and which session wrote.
 */

export interface SyncChange {
  userId: string;
  /** The highest seq the commit wrote. */
  seq: number;
  /** The session that wrote it: its own sockets need no nudge (it has just synced). */
  originSessionId: string;
}

export type SyncListener = (change: SyncChange) => void;

export interface SyncNotifier {
  publish(change: SyncChange): void;
  /** Returns the function that unsubscribes. */
  subscribe(userId: string, listener: SyncListener): () => void;
  close(): Promise<void>;
}

export function createInProcessNotifier(): SyncNotifier {
  const listeners = new Map<string, Set<SyncListener>>();
  return {
    publish(change) {
      for (const listener of listeners.get(change.userId) ?? []) {
        try {
          listener(change);
        } catch {
          // One broken socket must not keep the others from hearing.
        }
      }
    },
    subscribe(userId, listener) {
      let set = listeners.get(userId);
      if (!set) {
        set = new Set();
        listeners.set(userId, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(userId) === set) listeners.delete(userId);
      };
    },
    async close() {
      listeners.clear();
    },
  };
}
