import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { isoBase64URL } from "@simplewebauthn/server/helpers";
import {
  loginOptionsRequest,
  loginOptionsResponse,
  loginVerifyRequest,
  loginVerifyResponse,
  passkeyListResponse,
  passkeyRenameRequest,
  registrationOptionsResponse,
  registrationVerifyRequest,
  registrationVerifyResponse,
} from "@small-steps/sync";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { setSessionCookie } from "../accounts/cookie.ts";
import { requireSession, sessionOf } from "../accounts/guard.ts";
import { DEFAULT_LIMITS, FailureGate, registerRateLimit } from "../accounts/rateLimits.ts";
import { loadServerSecret } from "../accounts/serverSecret.ts";
import { type Clock, createSession, sessionPolicy, sweepExpiredSessions } from "../accounts/sessions.ts";
import { sessionLabel } from "../accounts/userAgent.ts";
import { accountResponseOf, findUserById, findUserByUsername, type UserRow } from "../accounts/users.ts";
import { ApiProblem, signedOut } from "../apiProblem.ts";
import type { Config } from "../config.ts";
import type { DatabaseHandle } from "../db/database.ts";
import { ChallengeStore } from "./challenges.ts";
import { decoyCredentials } from "./decoys.ts";
import { PRF_SALT, RP_NAME, relyingPartyFor } from "./relyingParty.ts";
import {
  deletePasskey,
  findOwnPasskey,
  findPasskeyByCredentialId,
  findUserHandle,
  insertPasskey,
  listPasskeys,
  MAX_PASSKEYS_PER_PERSON,
  markPasskeyUsed,
  passkeyInfoOf,
  renamePasskey,
  transportsOf,
  userHandleFor,
  wrappedKeyOf,
} from "./store.ts";

const MINUTE_MS = 60 * 1000;

export interface PasskeyLimits {
  /** Sign-in option requests from one address. */
  loginOptionsPerIp: number;
  loginOptionsWindowMs: number;
  /** Sign-in attempts (successful or not) from one address. */
  loginVerifiesPerIp: number;
  loginVerifyWindowMs: number;
  /** Failed sign-ins, per passkey and per address (as for passwords). */
  failuresPerSubject: number;
  failuresPerIp: number;
  failureWindowMs: number;
}

export const DEFAULT_PASSKEY_LIMITS: PasskeyLimits = {
  loginOptionsPerIp: 100,
  loginOptionsWindowMs: 15 * MINUTE_MS,
  loginVerifiesPerIp: 60,
  loginVerifyWindowMs: 15 * MINUTE_MS,
  failuresPerSubject: 10,
  failuresPerIp: 30,
  failureWindowMs: 15 * MINUTE_MS,
};

export interface PasskeyDeps {
  config: Pick<Config, "cookieSecure" | "sessionIdleDays" | "sessionMaxDays" | "rpId">;
  database: DatabaseHandle;
  now?: Clock;
  limits?: Partial<PasskeyLimits>;
}

/** How long the browser may take (its own timeout), and how long a challenge is kept: a little more. */
export const CEREMONY_TIMEOUT_MS = 2 * MINUTE_MS;
export const CHALLENGE_TTL_MS = 3 * MINUTE_MS;
const MAX_PENDING = 10_000;
const BODY_LIMIT = 128 * 1024;

const idParams = z.object({ id: z.string().min(1).max(64) });

function parseBody<Schema extends z.ZodType>(schema: Schema, body: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message));
  throw new ApiProblem(400, "bad_request", `The request could not be read (${details.join("; ")}).`);
}

const challengeExpired = () =>
  new ApiProblem(400, "challenge_expired", "That took a little too long. Please try again.");
const notVerified = () =>
  new ApiProblem(400, "passkey_not_verified", "This passkey could not be checked. Please try again.");
const notRecognised = () =>
  new ApiProblem(
    401,
    "passkey_not_recognised",
    "This passkey is not recognised here. It may have been removed; you can sign in with your password.",
  );
const notFound = () => new ApiProblem(404, "not_found", "That passkey is not on this account.");

/** The challenge inside a response's clientDataJSON, or undefined when it cannot be read. */
function challengeOf(clientDataJSON: string): string | undefined {
  try {
    const data: unknown = JSON.parse(isoBase64URL.toUTF8String(clientDataJSON));
    const challenge = (data as { challenge?: unknown } | null)?.challenge;
    return typeof challenge === "string" && challenge.length <= 128 ? challenge : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Passkeys (WebAuthn through @simplewebauthn/server): add, list, rename and remove them while
 * signed in, and sign in with one. Signing in starts a session exactly as a password sign-in does.
 * Register after registerAccountRoutes, whose guard these routes use.
 */
export async function registerPasskeyRoutes(app: FastifyInstance, deps: PasskeyDeps): Promise<void> {
  const { config, database } = deps;
  const db = database.db;
  const now = deps.now ?? (() => new Date());
  const limits: PasskeyLimits = { ...DEFAULT_PASSKEY_LIMITS, ...deps.limits };
  const policy = sessionPolicy(config);
  const secret = await loadServerSecret(db);
  const clock = () => now().getTime();
  // Adding a passkey: one pending challenge per session. Signing in: keyed by the challenge.
  const registrations = new ChallengeStore<{ challenge: string }>(CHALLENGE_TTL_MS, MAX_PENDING, clock);
  const logins = new ChallengeStore<true>(CHALLENGE_TTL_MS, MAX_PENDING, clock);

  await app.register(async (scope) => {
    await registerRateLimit(scope);
    const gate = new FailureGate(scope, "passkey-sign-in", { ...DEFAULT_LIMITS, ...limits });
    scope.addHook("onSend", async (_request, reply) => {
      reply.header("cache-control", "no-store");
    });

    const post = { bodyLimit: BODY_LIMIT } as const;
    const signedIn = { ...post, preHandler: requireSession } as const;

    async function currentUser(request: FastifyRequest): Promise<UserRow> {
      const user = await findUserById(db, sessionOf(request).userId);
      if (!user) throw signedOut();
      return user;
    }

    /** The same steps as a password sign-in: tidy expired sessions, a new session, its cookie. */
    async function startSession(request: FastifyRequest, reply: FastifyReply, user: UserRow): Promise<void> {
      const at = now();
      await sweepExpiredSessions(db, policy, at);
      const { token } = await createSession(db, user.id, sessionLabel(request.headers["user-agent"]), at);
      setSessionCookie(reply, config, token);
    }

    scope.post("/api/passkeys/register/options", signedIn, async (request) => {
      const rp = relyingPartyFor(request, config);
      const user = await currentUser(request);
      const existing = await listPasskeys(db, user.id);
      if (existing.length >= MAX_PASSKEYS_PER_PERSON) {
        throw new ApiProblem(
          400,
          "too_many_passkeys",
          `An account can have up to ${MAX_PASSKEYS_PER_PERSON} passkeys. Remove one you no longer use to add another.`,
        );
      }
      const handle = await userHandleFor(db, user.id, now());
      const options = await generateRegistrationOptions({
        rpName: RP_NAME,
        rpID: rp.rpID,
        userName: user.username,
        userDisplayName: user.username,
        userID: isoBase64URL.toBuffer(handle),
        timeout: CEREMONY_TIMEOUT_MS,
        attestationType: "none",
        // The same authenticator twice would only confuse the list.
        excludeCredentials: existing.map((row) => ({ id: row.credential_id, transports: transportsOf(row) })),
        authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
        // The client adds prf.eval with prfSalt (JSON cannot carry the bytes the browser wants).
        extensions: { credProps: true, prf: {} },
      });
      registrations.put(sessionOf(request).sessionId, { challenge: options.challenge });
      return registrationOptionsResponse.parse({ options, prfSalt: PRF_SALT });
    });

    scope.post("/api/passkeys/register/verify", signedIn, async (request, reply) => {
      const body = parseBody(registrationVerifyRequest, request.body);
      const rp = relyingPartyFor(request, config);
      const { userId, sessionId } = sessionOf(request);
      const pending = registrations.take(sessionId);
      if (!pending) throw challengeExpired();
      let verification: Awaited<ReturnType<typeof verifyRegistrationResponse>> | undefined;
      try {
        verification = await verifyRegistrationResponse({
          response: body.response as RegistrationResponseJSON,
          expectedChallenge: pending.challenge,
          expectedOrigin: rp.origin,
          expectedRPID: rp.rpID,
          // userVerification is "preferred": a security key without a PIN may still be added.
          requireUserVerification: false,
        });
      } catch {
        // The library's message may quote the response; it is not logged or sent.
        throw notVerified();
      }
      if (!verification.verified || !verification.registrationInfo) throw notVerified();
      const { credential } = verification.registrationInfo;
      if ((await listPasskeys(db, userId)).length >= MAX_PASSKEYS_PER_PERSON) throw notVerified();
      const row = await insertPasskey(db, {
        userId,
        credentialId: credential.id,
        publicKey: isoBase64URL.fromBuffer(credential.publicKey),
        counter: credential.counter,
        transports: credential.transports ?? body.response.response.transports ?? [],
        name: body.name ?? "Passkey",
        ...(body.prfWrappedAccountKey
          ? { prfWrappedAccountKey: body.prfWrappedAccountKey, prfSalt: PRF_SALT }
          : {}),
        now: now(),
      });
      if (!row) {
        throw new ApiProblem(409, "passkey_exists", "This passkey has already been added.");
      }
      return reply.code(201).send(registrationVerifyResponse.parse({ passkey: passkeyInfoOf(row) }));
    });

    scope.get("/api/passkeys", { preHandler: requireSession }, async (request) => {
      const rows = await listPasskeys(db, sessionOf(request).userId);
      return passkeyListResponse.parse({ passkeys: rows.map(passkeyInfoOf) });
    });

    scope.post("/api/passkeys/:id/rename", signedIn, async (request) => {
      const { id } = parseBody(idParams, request.params);
      const { name } = parseBody(passkeyRenameRequest, request.body);
      const { userId } = sessionOf(request);
      if (!(await renamePasskey(db, userId, id, name))) throw notFound();
      const row = await findOwnPasskey(db, userId, id);
      if (!row) throw notFound();
      return registrationVerifyResponse.parse({ passkey: passkeyInfoOf(row) });
    });

    // Removing a passkey removes its wrapped account key with it (docs/crypto.md C24).
    scope.post("/api/passkeys/:id/delete", signedIn, async (request, reply) => {
      const { id } = parseBody(idParams, request.params);
      if (!(await deletePasskey(db, sessionOf(request).userId, id))) throw notFound();
      return reply.code(204).send();
    });

    scope.post(
      "/api/passkeys/login/options",
      {
        ...post,
        config: { rateLimit: { max: limits.loginOptionsPerIp, timeWindow: limits.loginOptionsWindowMs } },
      },
      async (request) => {
        const { username } = parseBody(loginOptionsRequest, request.body ?? {});
        const rp = relyingPartyFor(request, config);
        let allowCredentials: { id: string; transports: string[] }[] | undefined;
        if (username) {
          const user = await findUserByUsername(db, username);
          const rows = user ? await listPasskeys(db, user.id) : [];
          allowCredentials =
            rows.length > 0
              ? rows.map((row) => ({ id: row.credential_id, transports: transportsOf(row) }))
              : decoyCredentials(secret, username);
        }
        const options = await generateAuthenticationOptions({
          rpID: rp.rpID,
          timeout: CEREMONY_TIMEOUT_MS,
          userVerification: "preferred",
          ...(allowCredentials ? { allowCredentials } : {}),
        } as Parameters<typeof generateAuthenticationOptions>[0]);
        logins.put(options.challenge, true);
        return loginOptionsResponse.parse({ options, prfSalt: PRF_SALT });
      },
    );

    scope.post(
      "/api/passkeys/login/verify",
      {
        ...post,
        config: { rateLimit: { max: limits.loginVerifiesPerIp, timeWindow: limits.loginVerifyWindowMs } },
      },
      async (request, reply) => {
        const { response } = parseBody(loginVerifyRequest, request.body);
        const rp = relyingPartyFor(request, config);
        await gate.check(request, response.id);
        // Used up now, whatever follows: a response can be tried once.
        const challenge = challengeOf(response.response.clientDataJSON);
        if (!challenge || !logins.take(challenge)) throw challengeExpired();

        const row = await findPasskeyByCredentialId(db, response.id);
        const refuse = async () => {
          await gate.fail(request, response.id);
          return notRecognised();
        };
        if (!row) throw await refuse();
        // A discoverable passkey names its person; it must be this passkey's person.
        const handle = response.response.userHandle;
        if (handle !== undefined && handle !== (await findUserHandle(db, row.user_id))) throw await refuse();

        let verification: Awaited<ReturnType<typeof verifyAuthenticationResponse>> | undefined;
        try {
          verification = await verifyAuthenticationResponse({
            response: response as AuthenticationResponseJSON,
            expectedChallenge: challenge,
            expectedOrigin: rp.origin,
            expectedRPID: rp.rpID,
            credential: {
              id: row.credential_id,
              publicKey: isoBase64URL.toBuffer(row.public_key),
              counter: row.counter,
              transports: transportsOf(row) as never,
            },
            requireUserVerification: false,
          });
        } catch {
          // Includes a counter that went backwards: a sign of a cloned authenticator.
          throw await refuse();
        }
        if (!verification.verified) throw await refuse();

        const user = await findUserById(db, row.user_id);
        if (!user) throw await refuse();
        await markPasskeyUsed(db, row.id, verification.authenticationInfo.newCounter, now());
        await startSession(request, reply, user);
        const wrapped = wrappedKeyOf(row);
        return loginVerifyResponse.parse({
          ...accountResponseOf(user),
          ...(wrapped && row.prf_salt ? { passkeyWrappedAccountKey: wrapped, prfSalt: row.prf_salt } : {}),
        });
      },
    );
  });
}
