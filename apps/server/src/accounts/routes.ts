import { checkKdfParams } from "@small-steps/crypto";
import {
  type AccountResponse,
  accountResponse,
  addKeyRequest,
  deleteAccountRequest,
  type KdfWire,
  loginRequest,
  passwordChangeRequest,
  preloginRequest,
  preloginResponse,
  recoverFinishRequest,
  recoverStartRequest,
  recoverStartResponse,
  sessionsResponse,
  signupRequest,
} from "@small-steps/sync";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { ApiProblem, signedOut, wrongCredentials } from "../apiProblem.ts";
import type { Config } from "../config.ts";
import type { DatabaseHandle } from "../db/database.ts";
import { authHashNeedsRehash, authKeyBytes, dummyAuthHash, hashAuthKey, verifyAuthKey } from "./authHash.ts";
import { clearSessionCookie, setSessionCookie } from "./cookie.ts";
import { requireSession, sessionFromRequest, sessionOf } from "./guard.ts";
import { DEFAULT_LIMITS, FailureGate, type Limits, registerRateLimit } from "./rateLimits.ts";
import { fakeKdf, loadServerSecret } from "./serverSecret.ts";
import {
  type Clock,
  createSession,
  endSession,
  endSessions,
  listSessions,
  rotateSessionToken,
  sessionPolicy,
  sweepExpiredSessions,
} from "./sessions.ts";
import { sessionLabel } from "./userAgent.ts";
import {
  accountResponseOf,
  addKeyToBundle,
  deleteUserEverywhere,
  findUserById,
  findUserByUsername,
  insertUser,
  kdfOf,
  keysOf,
  setAuthHash,
  setPasswordMaterial,
  type UserRow,
} from "./users.ts";

export interface AccountDeps {
  config: Pick<Config, "cookieSecure" | "sessionIdleDays" | "sessionMaxDays">;
  database: DatabaseHandle;
  /** The clock sessions are timed with; tests move it forward. */
  now?: Clock;
  limits?: Partial<Limits>;
}

/** Account bodies are a few kilobytes at most (a key bundle holds up to 32 wrapped keys). */
export const ACCOUNT_BODY_LIMIT = 64 * 1024;

function parseBody<Schema extends z.ZodType>(schema: Schema, body: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message));
  throw new ApiProblem(400, "bad_request", `The request could not be read (${details.join("; ")}).`);
}

/** The server refuses to store KDF settings weaker than the client's own minimums (docs/crypto.md C2). */
function requireStrongKdf(kdf: KdfWire): void {
  if (checkKdfParams(kdf)) {
    throw new ApiProblem(
      400,
      "weak_kdf",
      "The key derivation settings are below the minimum this server accepts.",
    );
  }
}

/**
 * The account API (docs/self-hosting.md "Accounts"). The server never sees a password: it checks
 * auth keys against its own hashes and stores the wrapped key bundle it cannot open.
 */
export async function registerAccountRoutes(app: FastifyInstance, deps: AccountDeps): Promise<void> {
  const { config, database } = deps;
  const db = database.db;
  const now = deps.now ?? (() => new Date());
  const limits: Limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const policy = sessionPolicy(config);
  const secret = await loadServerSecret(db);
  // Made now, so the first check for an unknown name is not slower than a real one.
  await dummyAuthHash();

  // On the root instance, so the guard works for routes registered anywhere (sync, WebSocket).
  app.decorate("accountsContext", { config, database, policy, now });

  await app.register(async (scope) => {
    await registerRateLimit(scope);
    const signInGate = new FailureGate(scope, "sign-in", limits);
    const recoveryGate = new FailureGate(scope, "recovery", limits);
    const accountGate = new FailureGate(scope, "account", limits);

    /**
     * Checks an auth key against a stored hash, or against the dummy one when there is no account,
     * so both take the same time. False whenever there is no account.
     */
    async function verify(hash: string | undefined, authKey: string): Promise<boolean> {
      const matches = await verifyAuthKey(hash ?? (await dummyAuthHash()), authKeyBytes(authKey));
      return matches && hash !== undefined;
    }

    async function startSession(request: FastifyRequest, reply: FastifyReply, user: UserRow): Promise<void> {
      const at = now();
      await sweepExpiredSessions(db, policy, at);
      const { token } = await createSession(db, user.id, sessionLabel(request.headers["user-agent"]), at);
      setSessionCookie(reply, config, token);
    }

    async function currentUser(request: FastifyRequest): Promise<UserRow> {
      const user = await findUserById(db, sessionOf(request).userId);
      if (!user) throw signedOut();
      return user;
    }

    const post = { bodyLimit: ACCOUNT_BODY_LIMIT } as const;
    const signedIn = { ...post, preHandler: requireSession } as const;
    const noStore = (reply: FastifyReply) => reply.header("cache-control", "no-store");
    scope.addHook("onSend", async (_request, reply) => {
      noStore(reply);
    });

    scope.post(
      "/api/account/prelogin",
      {
        ...post,
        config: { rateLimit: { max: limits.preloginsPerIp, timeWindow: limits.preloginWindowMs } },
      },
      async (request) => {
        const { username } = parseBody(preloginRequest, request.body);
        const user = await findUserByUsername(db, username);
        // A name without an account gets a made-up answer that looks and stays like a real one.
        const kdf = user ? kdfOf(user) : fakeKdf(secret, username);
        return preloginResponse.parse({ kdf });
      },
    );

    scope.post(
      "/api/account/signup",
      { ...post, config: { rateLimit: { max: limits.signupsPerIp, timeWindow: limits.signupWindowMs } } },
      async (request, reply) => {
        const body = parseBody(signupRequest, request.body);
        requireStrongKdf(body.kdf);
        const taken = () =>
          new ApiProblem(
            409,
            "username_taken",
            "That username is already in use. Please choose another one.",
          );
        if (await findUserByUsername(db, body.username)) throw taken();
        const user = await insertUser(db, {
          username: body.username,
          kdf: body.kdf,
          keys: body.keys,
          authHash: await hashAuthKey(authKeyBytes(body.authKey)),
          recoveryAuthHash: await hashAuthKey(authKeyBytes(body.recoveryAuthKey)),
          now: now(),
        });
        if (!user) throw taken();
        await startSession(request, reply, user);
        return reply.code(201).send(accountResponse.parse(accountResponseOf(user)));
      },
    );

    scope.post("/api/account/login", post, async (request, reply): Promise<AccountResponse> => {
      const { username, authKey } = parseBody(loginRequest, request.body);
      await signInGate.check(request, username);
      const user = await findUserByUsername(db, username);
      if (!(await verify(user?.auth_hash, authKey)) || !user) {
        await signInGate.fail(request, username);
        throw wrongCredentials();
      }
      // Hashes made with older server settings are renewed while the key is at hand.
      if (await authHashNeedsRehash(user.auth_hash)) {
        await setAuthHash(db, user.id, await hashAuthKey(authKeyBytes(authKey)));
      }
      // Always a new session and token: a token an attacker planted before sign-in is worthless.
      await startSession(request, reply, user);
      return accountResponse.parse(accountResponseOf(user));
    });

    scope.get("/api/account/me", { preHandler: requireSession }, async (request) =>
      accountResponse.parse(accountResponseOf(await currentUser(request))),
    );

    scope.get("/api/account/sessions", { preHandler: requireSession }, async (request) => {
      const { userId, sessionId } = sessionOf(request);
      const rows = await listSessions(db, userId);
      return sessionsResponse.parse({
        sessions: rows.map((row) => ({
          id: row.id,
          current: row.id === sessionId,
          createdAt: row.created_at,
          lastSeenAt: row.last_seen_at,
          label: row.label,
        })),
      });
    });

    // Signing out always succeeds, even when the session has already ended.
    scope.post("/api/account/logout", post, async (request, reply) => {
      const session = await sessionFromRequest(request);
      if (session) await endSession(db, session.sessionId);
      clearSessionCookie(reply, config);
      return reply.code(204).send();
    });

    scope.post("/api/account/logout-others", signedIn, async (request) => {
      const { userId, sessionId } = sessionOf(request);
      return { ended: await endSessions(db, userId, sessionId) };
    });

    scope.post("/api/account/logout-all", signedIn, async (request, reply) => {
      const ended = await endSessions(db, sessionOf(request).userId);
      clearSessionCookie(reply, config);
      return { ended };
    });

    scope.post("/api/account/keys", signedIn, async (request) => {
      const body = parseBody(addKeyRequest, request.body);
      const user = await currentUser(request);
      if (!(await addKeyToBundle(db, user, body.key))) {
        throw new ApiProblem(409, "key_exists", "This account already holds a key for that purpose.");
      }
      return accountResponse.parse(accountResponseOf(await currentUser(request)));
    });

    scope.post("/api/account/password", signedIn, async (request, reply) => {
      const body = parseBody(passwordChangeRequest, request.body);
      requireStrongKdf(body.kdf);
      const { userId, sessionId } = sessionOf(request);
      await accountGate.check(request, userId);
      const user = await currentUser(request);
      if (!(await verify(user.auth_hash, body.currentAuthKey))) {
        await accountGate.fail(request, userId);
        throw wrongCredentials();
      }
      const authHash = await hashAuthKey(authKeyBytes(body.newAuthKey));
      const token = await db.transaction().execute(async (trx) => {
        await setPasswordMaterial(trx, userId, { kdf: body.kdf, keys: body.keys, authHash });
        // Anyone who knew the old password is signed out everywhere else, and this device gets
        // a fresh token.
        await endSessions(trx, userId, sessionId);
        return rotateSessionToken(trx, sessionId, now());
      });
      setSessionCookie(reply, config, token);
      return accountResponse.parse(accountResponseOf(await currentUser(request)));
    });

    scope.post("/api/account/recover/start", post, async (request) => {
      const { username, recoveryAuthKey } = parseBody(recoverStartRequest, request.body);
      await recoveryGate.check(request, username);
      const user = await findUserByUsername(db, username);
      if (!(await verify(user?.recovery_auth_hash, recoveryAuthKey)) || !user) {
        await recoveryGate.fail(request, username);
        throw wrongCredentials();
      }
      return recoverStartResponse.parse({ keys: keysOf(user) });
    });

    scope.post("/api/account/recover/finish", post, async (request, reply) => {
      const body = parseBody(recoverFinishRequest, request.body);
      requireStrongKdf(body.kdf);
      await recoveryGate.check(request, body.username);
      const found = await findUserByUsername(db, body.username);
      if (!(await verify(found?.recovery_auth_hash, body.recoveryAuthKey)) || !found) {
        await recoveryGate.fail(request, body.username);
        throw wrongCredentials();
      }
      const authHash = await hashAuthKey(authKeyBytes(body.newAuthKey));
      const at = now();
      const { token } = await db.transaction().execute(async (trx) => {
        await setPasswordMaterial(trx, found.id, { kdf: body.kdf, keys: body.keys, authHash });
        // Whoever held the lost password is signed out everywhere.
        await endSessions(trx, found.id);
        return createSession(trx, found.id, sessionLabel(request.headers["user-agent"]), at);
      });
      setSessionCookie(reply, config, token);
      const user = await findUserById(db, found.id);
      if (!user) throw signedOut();
      return accountResponse.parse(accountResponseOf(user));
    });

    scope.post("/api/account/delete", signedIn, async (request, reply) => {
      const { authKey } = parseBody(deleteAccountRequest, request.body);
      const { userId } = sessionOf(request);
      await accountGate.check(request, userId);
      const user = await currentUser(request);
      if (!(await verify(user.auth_hash, authKey))) {
        await accountGate.fail(request, userId);
        throw wrongCredentials();
      }
      await deleteUserEverywhere(db, userId);
      clearSessionCookie(reply, config);
      return reply.code(204).send();
    });
  });
}
