import { normalizeIP } from "@fastify/rate-limit";
import { SYNC_LIMITS, SYNC_PATH, type SyncRequest, syncRequestSchema } from "@small-steps/sync";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { requireSession, sessionOf } from "../accounts/guard.ts";
import { registerRateLimit } from "../accounts/rateLimits.ts";
import { ApiProblem } from "../apiProblem.ts";
import type { DatabaseHandle } from "../db/database.ts";
import { registerLiveRoute } from "./live.ts";
import { createInProcessNotifier, type SyncNotifier } from "./notifier.ts";
import { createSyncStore, QuotaExceeded, type SyncQuota } from "./store.ts";

/**
 * POST /api/sync and GET /api/sync/live (docs/sync.md). Register after the account routes: both
 * use their session guard. Nothing here logs a body; envelopes are opaque to this server anyway.
 */

export interface SyncDeps {
  database: DatabaseHandle;
  /** In-process by default; a LISTEN/NOTIFY one for several instances (S19). */
  notifier?: SyncNotifier;
  quota?: Partial<SyncQuota>;
  /** Requests per session per window (S17): generous, a first sync pages quickly. */
  rateLimit?: { max: number; timeWindowMs: number };
  keepaliveMs?: number;
}

export const DEFAULT_SYNC_RATE_LIMIT = { max: 600, timeWindowMs: 60 * 1000 };

function parseRequest(body: unknown): SyncRequest {
  const parsed = syncRequestSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message));
  throw new ApiProblem(400, "bad_request", `The sync request could not be read (${details.join("; ")}).`);
}

export async function registerSyncRoutes(app: FastifyInstance, deps: SyncDeps): Promise<void> {
  const notifier = deps.notifier ?? createInProcessNotifier();
  const store = createSyncStore(deps.database.db, deps.quota ? { quota: deps.quota } : {});
  const rate = deps.rateLimit ?? DEFAULT_SYNC_RATE_LIMIT;

  await app.register(async (scope) => {
    await registerRateLimit(scope);
    scope.post(
      SYNC_PATH,
      {
        // S15: 200 changes of up to 1 MB each could not all fit; the body as a whole is capped.
        bodyLimit: SYNC_LIMITS.maxBodyBytes,
        preHandler: [requireSession],
        config: {
          rateLimit: {
            max: rate.max,
            timeWindow: rate.timeWindowMs,
            // After requireSession, so the limit is per session (one device), not per address:
            // a household behind one address syncs many devices.
            hook: "preHandler",
            keyGenerator: (request: FastifyRequest) =>
              `sync:${request.session?.sessionId ?? normalizeIP(request.ip)}`,
          },
        },
      },
      async (request) => {
        const session = sessionOf(request);
        const body = parseRequest(request.body);
        let result: Awaited<ReturnType<typeof store.sync>>;
        try {
          result = await store.sync(session.userId, body);
        } catch (error) {
          if (error instanceof QuotaExceeded) {
            throw new ApiProblem(
              413,
              "quota",
              "Your account has reached its storage limit, so these changes were not saved. Everything stays on this device.",
            );
          }
          throw error;
        }
        // After the commit, never before: a nudged device must find the change there (S19).
        if (result.wroteUpTo !== undefined) {
          notifier.publish({
            userId: session.userId,
            seq: result.wroteUpTo,
            originSessionId: session.sessionId,
          });
        }
        return result.response;
      },
    );
  });

  await registerLiveRoute(app, {
    notifier,
    ...(deps.keepaliveMs !== undefined ? { keepaliveMs: deps.keepaliveMs } : {}),
  });
  app.addHook("onClose", () => notifier.close());
}
