import { createRequire } from "node:module";
import { SYNC_LIVE_PATH } from "../../packages/sync/src/index.ts";

/**
 * What the bench uses of a `ws` client socket. Typed here because @types/ws is not installed
 * (the server's live.ts and its tests do the same).
 */
export interface LiveClient {
  readonly readyState: number;
  on(event: "open", listener: () => void): void;
  on(event: "message", listener: (data: Buffer | string) => void): void;
  on(event: "error", listener: (error: Error) => void): void;
  on(event: "close", listener: (code: number) => void): void;
  close(): void;
  terminate(): void;
}

type ClientConstructor = new (url: string, options: { headers: Record<string, string> }) => LiveClient;
const WebSocket = createRequire(import.meta.url)("ws") as ClientConstructor;

/**
 * A device's live socket (GET /api/sync/live) as a browser opens it: the session cookie, and an
 * Origin naming the server itself (the server refuses handshakes from other sites). Resolves once
 * open; `onMessage` gets each text frame with the time it arrived (performance.now()).
 */
export function openLiveSocket(
  baseUrl: string,
  cookie: string,
  onMessage: (text: string, at: number) => void,
): Promise<LiveClient> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, "ws")}${SYNC_LIVE_PATH}`, {
      headers: { cookie, origin: baseUrl },
    });
    socket.on("message", (data) => onMessage(data.toString(), performance.now()));
    socket.on("open", () => resolve(socket));
    socket.on("error", reject);
  });
}
