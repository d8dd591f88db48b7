import { createRequire } from "node:module";
import type { LiveSocketLike } from "@small-steps/sync";

// Test-only: the `ws` client @fastify/websocket depends on, loaded with require because @types/ws is
// not installed, and typed here with only what the tests use.

export interface TestSocket extends LiveSocketLike {
  on(event: "open", listener: () => void): void;
  on(event: "message", listener: (data: Buffer) => void): void;
  on(event: "close", listener: (code: number) => void): void;
  on(
    event: "unexpected-response",
    listener: (request: unknown, response: { statusCode: number }) => void,
  ): void;
  on(event: "error", listener: (error: Error) => void): void;
  close(): void;
}

export const TestWebSocket = createRequire(import.meta.url)("ws") as new (
  url: string,
  options: { headers: Record<string, string> },
) => TestSocket;
