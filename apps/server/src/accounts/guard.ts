import type { FastifyReply, FastifyRequest } from "fastify";
import { signedOut } from "../apiProblem.ts";
import type { Config } from "../config.ts";
import type { DatabaseHandle } from "../db/database.ts";
import { clearSessionCookie, sessionToken } from "./cookie.ts";
import { type AuthSession, authenticate, type Clock, type SessionPolicy } from "./sessions.ts";

export type { AuthSession } from "./sessions.ts";

/** What the guard needs; registerAccountRoutes decorates the app with it. */
export interface AccountsContext {
  config: Pick<Config, "cookieSecure" | "sessionMaxDays">;
  database: DatabaseHandle;
  policy: SessionPolicy;
  now: Clock;
}

declare module "fastify" {
  interface FastifyInstance {
    accountsContext: AccountsContext;
  }
  interface FastifyRequest {
    /** Set by the requireSession preHandler: whose request this is. */
    session?: AuthSession;
  }
}

// One lookup per request, however many hooks ask.
const looked = new WeakMap<FastifyRequest, Promise<AuthSession | null>>();

/**
 * The signed-in person behind a request: reads the session cookie and checks both timeouts.
 * null when there is no cookie or it no longer opens a session. Works for any route, including a
 * WebSocket upgrade.
 */
export function sessionFromRequest(request: FastifyRequest): Promise<AuthSession | null> {
  let found = looked.get(request);
  if (!found) {
    const context = request.server.accountsContext;
    const token = sessionToken(request, context.config);
    found = token
      ? authenticate(context.database.db, token, context.policy, context.now())
      : Promise.resolve(null);
    looked.set(request, found);
  }
  return found;
}

/** preHandler: lets the request through with `request.session` set, or answers 401 signed_out. */
export async function requireSession(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const session = await sessionFromRequest(request);
  if (!session) {
    // A cookie that no longer works is removed, so the browser stops sending it.
    if (sessionToken(request, request.server.accountsContext.config)) {
      clearSessionCookie(reply, request.server.accountsContext.config);
    }
    // Answered here rather than thrown, so it reads the same under any error handler.
    const problem = signedOut();
    return reply.code(problem.statusCode).send(problem.body);
  }
  request.session = session;
  return undefined;
}

/** The session requireSession set; for handlers behind it. */
export function sessionOf(request: FastifyRequest): AuthSession {
  if (!request.session) throw signedOut();
  return request.session;
}
