import { normalizeIP } from "@fastify/rate-limit";
import { CIRCLE_PATHS, pushSubscribeRequest, pushUnsubscribeRequest } from "@small-steps/sync";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { z } from "zod";
import { requireSession, sessionOf } from "../accounts/guard.ts";
import { registerRateLimit } from "../accounts/rateLimits.ts";
import type { Clock } from "../accounts/sessions.ts";
import { ApiProblem } from "../apiProblem.ts";
import type { DatabaseHandle } from "../db/database.ts";
import { createPushStore, MAX_SUBSCRIPTIONS_PER_PERSON } from "./store.ts";

/**
 * GET/POST /api/push/… (docs/circle.md CR15): hand out the VAPID public key, and keep this
 * person's devices' push subscriptions. Push is opt-in per device; the person always comes from
 * the session. Register after the account routes: these use their session guard.
 */

export interface PushRouteDeps {
  database: DatabaseHandle;
  /** The VAPID public key (base64url) browsers subscribe with. */
  publicKey: string;
  now?: Clock;
  /** Requests per session per window, for the three routes together. */
  rateLimit?: { max: number; timeWindowMs: number };
}

export const DEFAULT_PUSH_RATE_LIMIT = { max: 30, timeWindowMs: 60 * 1000 };

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new ApiProblem(400, "bad_request", "That push subscription could not be read.");
}

/** RFC 8291 needs an uncompressed P-256 point and a 16-byte auth secret; anything else cannot be used. */
function usableKeys(keys: { p256dh: string; auth: string }): boolean {
  const base64url = /^[A-Za-z0-9_-]+={0,2}$/;
  if (!base64url.test(keys.p256dh) || !base64url.test(keys.auth)) return false;
  const point = Buffer.from(keys.p256dh, "base64url");
  return point.length === 65 && point[0] === 0x04 && Buffer.from(keys.auth, "base64url").length === 16;
}

export async function registerPushRoutes(app: FastifyInstance, deps: PushRouteDeps): Promise<void> {
  const store = createPushStore(deps.database.db);
  const now = deps.now ?? (() => new Date());
  const rate = deps.rateLimit ?? DEFAULT_PUSH_RATE_LIMIT;

  await app.register(async (scope) => {
    await registerRateLimit(scope);
    const guarded = {
      preHandler: [requireSession],
      config: {
        rateLimit: {
          max: rate.max,
          timeWindow: rate.timeWindowMs,
          // After requireSession, so the limit is per session (one device), as for sync.
          hook: "preHandler" as const,
          keyGenerator: (request: FastifyRequest) =>
            `push:${request.session?.sessionId ?? normalizeIP(request.ip)}`,
        },
      },
    };

    scope.get(CIRCLE_PATHS.pushKey, guarded, async () => ({ publicKey: deps.publicKey }));

    scope.post(CIRCLE_PATHS.pushSubscribe, guarded, async (request, reply) => {
      const session = sessionOf(request);
      const body = parse(pushSubscribeRequest, request.body);
      if (!usableKeys(body.keys)) {
        throw new ApiProblem(400, "bad_request", "That push subscription's keys could not be used.");
      }
      const outcome = await store.subscribe(
        session.userId,
        { endpoint: body.endpoint, p256dh: body.keys.p256dh, auth: body.keys.auth },
        now(),
      );
      if (outcome === "tooMany") {
        throw new ApiProblem(
          409,
          "too_many_devices",
          `Notifications are on for ${MAX_SUBSCRIPTIONS_PER_PERSON} devices already. Turn them off on one you no longer use, then try again.`,
        );
      }
      return reply.code(204).send();
    });

    // Quietly 204 for an endpoint that is unknown or someone else's: nothing to tell, nothing to leak.
    scope.post(CIRCLE_PATHS.pushUnsubscribe, guarded, async (request, reply) => {
      const session = sessionOf(request);
      const body = parse(pushUnsubscribeRequest, request.body);
      await store.unsubscribe(session.userId, body.endpoint);
      return reply.code(204).send();
    });
  });
}
