/**
 * "Someone's items changed" (docs/sync.md S19). The sync route publishes after a commit; each live
 * socket subscribes for its person. The in-process notifier below fans out inside one server
 * (SQLite: one instance by nature); on PostgreSQL, pgNotifier.ts implements the same interface
 * with LISTEN/NOTIFY so several instances reach each other's sockets (docs/circle.md CR14).
 * Events carry no private content: a person id, a seq, and which session wrote.
 */

/**
 * What changed: the person's synced items (the default), a circle box waiting in their inbox, or
 * their circle's connections (docs/circle.md CR8). The live socket turns each into its message.
 */
export type LiveTopic = "sync" | "circle" | "connections";

export interface SyncChange {
  userId: string;
  /** Absent means "sync". */
  topic?: LiveTopic;
  /** The highest seq the commit wrote. */
  seq: number;
  /** The session that wrote it: its own sockets need no nudge (it has just synced). Empty: none. */
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
