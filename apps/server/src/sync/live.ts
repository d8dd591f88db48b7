import websocket from "@fastify/websocket";
import { type LiveMessage, SYNC_LIVE_PATH } from "@small-steps/sync";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { sessionToken } from "../accounts/cookie.ts";
import { originMatchesHost } from "../accounts/csrf.ts";
import { sessionFromRequest } from "../accounts/guard.ts";
import { type AuthSession, authenticate } from "../accounts/sessions.ts";
import { ApiProblem, signedOut } from "../apiProblem.ts";
import type { SyncNotifier } from "./notifier.ts";

/**
 * GET /api/sync/live (docs/sync.md S19–S20): a WebSocket that says "your items changed, up to seq
 * n" to a person's other devices, so they sync at once instead of polling. It carries nothing
 * private — the device still fetches (and decrypts) through POST /api/sync.
 */

export interface LiveOptions {
  notifier: SyncNotifier;
  /** How often sockets are pinged and their session checked again. */
  keepaliveMs?: number;
}

/** Closed because the session ended (sign-out, password change, expiry): sign in again. */
export const CLOSE_SIGNED_OUT = 4401;

/**
 * What this file uses of a `ws` socket. Typed here because @types/ws is not installed (the
 * package's own types resolve to any), so the compiler still checks every call below.
 */
interface Socket {
  readonly readyState: number;
  readonly OPEN: number;
  send(data: string): void;
  ping(): void;
  close(code?: number, reason?: string): void;
  terminate(): void;
  on(event: "pong" | "close" | "error", listener: () => void): void;
}

interface LiveSocket {
  socket: Socket;
  request: FastifyRequest;
  session: AuthSession;
  alive: boolean;
}

/** The session is still valid: checked again on every keepalive, not only at the upgrade (S20). */
async function stillSignedIn(live: LiveSocket): Promise<boolean> {
  const context = live.request.server.accountsContext;
  const token = sessionToken(live.request, context.config);
  if (!token) return false;
  const session = await authenticate(context.database.db, token, context.policy, context.now());
  return session?.sessionId === live.session.sessionId;
}

export async function registerLiveRoute(app: FastifyInstance, options: LiveOptions): Promise<void> {
  const { notifier } = options;
  const keepaliveMs = options.keepaliveMs ?? 30_000;
  // One WebSocket server per app: another feature (the circle) may have registered it already.
  if (!app.hasDecorator("websocketServer")) {
    // Clients only ever receive; anything they send is ignored, so keep it tiny.
    await app.register(websocket, { options: { maxPayload: 1024 } });
  }
  const sockets = new Set<LiveSocket>();

  app.get(
    SYNC_LIVE_PATH,
    {
      websocket: true,
      // Hooks run before the upgrade; an answer here refuses it with that HTTP status.
      preValidation: async (request, reply) => {
        // Cross-site WebSocket hijacking: browsers always send Origin on a handshake.
        if (!originMatchesHost(request)) {
          const problem = new ApiProblem(
            403,
            "forbidden_origin",
            "This request came from another site, so it was refused.",
          );
          return reply.code(problem.statusCode).send(problem.body);
        }
        const session = await sessionFromRequest(request);
        if (!session) {
          const problem = signedOut();
          return reply.code(problem.statusCode).send(problem.body);
        }
        request.session = session;
        return undefined;
      },
    },
    (raw, request) => {
      const socket: Socket = raw;
      const session = request.session;
      if (!session) {
        socket.close(CLOSE_SIGNED_OUT, "signed out");
        return;
      }
      const live: LiveSocket = { socket, request, session, alive: true };
      sockets.add(live);
      const unsubscribe = notifier.subscribe(session.userId, (change) => {
        // The session that wrote has just synced; its own sockets need no nudge.
        if (change.originSessionId === session.sessionId || socket.readyState !== socket.OPEN) return;
        const topic = change.topic ?? "sync";
        const message: LiveMessage =
          topic === "sync"
            ? { type: "changed", seq: change.seq }
            : topic === "circle"
              ? { type: "circle", seq: change.seq }
              : { type: "connections" };
        socket.send(JSON.stringify(message));
      });
      socket.on("pong", () => {
        live.alive = true;
      });
      socket.on("close", () => {
        unsubscribe();
        sockets.delete(live);
      });
      socket.on("error", () => socket.terminate());
    },
  );

  async function sweep() {
    for (const live of sockets) {
      // S20: no pong since the last ping means the connection is gone (a phone slept, a NAT forgot).
      if (!live.alive) {
        live.socket.terminate();
        continue;
      }
      live.alive = false;
      live.socket.ping();
      if (!(await stillSignedIn(live).catch(() => true))) live.socket.close(CLOSE_SIGNED_OUT, "signed out");
    }
  }

  const timer = setInterval(() => void sweep(), keepaliveMs);
  timer.unref();
  app.addHook("onClose", async () => {
    clearInterval(timer);
    for (const live of sockets) live.socket.close(1001, "server closing");
  });
}
