import { useCallback, useEffect, useState } from "preact/hooks";
import type { MessageState } from "../../circle/model.ts";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";
import { STATUS_CLEARS_AFTER_MS } from "../../ui/statusTiming.ts";

/** How often to try again while a message waits (the live socket's reconnect usually comes sooner). */
const RETRY_EVERY_MS = 10_000;

export interface Outgoing {
  id: string;
  /** A fresh node per message, so each one is announced. */
  n: number;
}

/**
 * The message just written, followed through its real state in the store: "sending" while it
 * waits on this device, "sent" once the relay has acknowledged it (circle/outbox.ts writes
 * that), never guessed from a timer. While it waits, the outbox is tried again when the
 * device comes back online and now and then while the page is visible; once it has gone, the
 * line clears itself like any good news (ui/statusTiming.ts).
 */
export function useOutgoing() {
  const [outgoing, setOutgoing] = useState<Outgoing | null>(null);
  const track = useCallback((id: string) => setOutgoing((o) => ({ id, n: (o?.n ?? 0) + 1 })), []);
  const clear = useCallback(() => setOutgoing(null), []);
  const id = outgoing?.id;
  // The answer carries its id: a live query keeps its last answer while a new one runs, and
  // the last message's "sent" must never stand, even for a moment, for the one just written.
  const read = useLiveQuery(
    async () => (id ? { id, state: (await db.circleMessages.get(id))?.state ?? null } : null),
    [id],
  );
  const state: MessageState | null | undefined = read && read.id === id ? read.state : undefined;
  const waiting = !!outgoing && state === "sending";

  useEffect(() => {
    if (!waiting) return;
    // The engine loads only when asked, so the SOS reach-out step stays light.
    const retry = () => void import("../../circle/engine.ts").then((c) => c.refreshCircle());
    const now = () => {
      if (document.visibilityState === "visible") retry();
    };
    const timer = setInterval(now, RETRY_EVERY_MS);
    window.addEventListener("online", retry);
    return () => {
      clearInterval(timer);
      window.removeEventListener("online", retry);
    };
  }, [waiting]);

  useEffect(() => {
    if (!outgoing || state !== "sent") return;
    const timer = setTimeout(clear, STATUS_CLEARS_AFTER_MS);
    return () => clearTimeout(timer);
  }, [outgoing, state, clear]);

  return { outgoing, state: outgoing ? state : null, track, clear };
}
