import { liveMessageSchema } from "../protocol.ts";

/**
 * The device's end of GET /api/sync/live (docs/sync.md S19–S20): listens for "changed" nudges and
 * reconnects with growing, jittered waits when the connection drops, so a server restart does not
 * bring every device back in the same second. It only says *when* to sync; the engine does the rest.
 */

/** What is used of a browser WebSocket (the `ws` package has the same shape, for tests). */
export interface LiveSocketLike {
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  close(code?: number, reason?: string): void;
}

export interface LiveClientOptions {
  /** Opens a socket to the live URL: `() => new WebSocket(url)` in the browser. */
  open: () => LiveSocketLike;
  /** Another device saved something up to `seq`: sync now. */
  onChanged: (seq: number) => void;
  /** A circle box waits up to `seq` (docs/circle.md CR8): fetch the inbox now. */
  onCircle?: (seq: number) => void;
  /** Someone joined, left or was removed from the circle: fetch the connections now. */
  onConnections?: () => void;
  /** Connected (again): anything may have changed while away, so sync once. */
  onConnected?: () => void;
  /** The server closed the socket because the session ended: sign in again. No reconnect. */
  onSignedOut?: () => void;
  /** First wait after a drop, and the longest; defaults 1 s and 60 s. */
  minDelayMs?: number;
  maxDelayMs?: number;
  /** Injected in tests. */
  random?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface LiveClient {
  /** Stops listening and reconnecting. */
  close(): void;
}

/** The close code the server uses when the session has ended (apps/server/src/sync/live.ts). */
export const LIVE_CLOSE_SIGNED_OUT = 4401;

export function connectLive(options: LiveClientOptions): LiveClient {
  const minDelay = options.minDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 60_000;
  const random = options.random ?? Math.random;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  let socket: LiveSocketLike | undefined;
  let timer: unknown;
  let failures = 0;
  let stopped = false;

  function schedule() {
    // Full jitter: a random wait up to the current cap, the cap doubling with each failure.
    const cap = Math.min(maxDelay, minDelay * 2 ** Math.min(failures, 16));
    failures++;
    timer = setTimer(connect, Math.max(minDelay / 2, random() * cap));
  }

  function connect() {
    timer = undefined;
    if (stopped) return;
    let current: LiveSocketLike;
    try {
      current = options.open();
    } catch {
      schedule();
      return;
    }
    socket = current;
    current.onopen = () => {
      failures = 0;
      options.onConnected?.();
    };
    current.onmessage = (event) => {
      if (typeof event.data !== "string") return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(event.data);
      } catch {
        return;
      }
      const message = liveMessageSchema.safeParse(parsed);
      if (!message.success) return;
      const data = message.data;
      if (data.type === "changed") options.onChanged(data.seq);
      else if (data.type === "circle") options.onCircle?.(data.seq);
      else options.onConnections?.();
    };
    current.onerror = () => {};
    current.onclose = (event) => {
      if (socket === current) socket = undefined;
      if (stopped) return;
      if (event.code === LIVE_CLOSE_SIGNED_OUT) {
        stopped = true;
        options.onSignedOut?.();
        return;
      }
      schedule();
    };
  }

  connect();
  return {
    close() {
      stopped = true;
      if (timer !== undefined) clearTimer(timer);
      socket?.close(1000, "closing");
      socket = undefined;
    },
  };
}
