import type { FastifyInstance } from "fastify";
import { registerRateLimit } from "../accounts/rateLimits.ts";
import { registerConnectionRoutes } from "./connectionRoutes.ts";
import type { CircleContext, CircleDeps } from "./context.ts";
import { registerInviteRoutes } from "./inviteRoutes.ts";
import { registerKeyRoutes } from "./keyRoutes.ts";
import { DEFAULT_CIRCLE_LIMITS } from "./limits.ts";
import { registerMessageRoutes } from "./messageRoutes.ts";
import { SWEEP_EVERY_MS, sweepCircle } from "./sweep.ts";

export type { CircleDeps, CirclePush } from "./context.ts";

/**
 * The trusted circle's routes (docs/circle.md). Register after the account routes: every route
 * takes its person from their session guard, and nothing else (CR13). Nothing here logs a body;
 * boxes are opaque to this server anyway.
 */
export async function registerCircleRoutes(app: FastifyInstance, deps: CircleDeps): Promise<void> {
  const context: CircleContext = {
    db: deps.database.db,
    notifier: deps.notifier,
    push: deps.push,
    limits: { ...DEFAULT_CIRCLE_LIMITS, ...deps.limits },
    now: deps.now ?? (() => new Date()),
  };

  await app.register(async (scope) => {
    await registerRateLimit(scope);
    scope.addHook("onSend", async (_request, reply) => {
      reply.header("cache-control", "no-store");
    });
    registerKeyRoutes(scope, context);
    registerInviteRoutes(scope, context);
    registerConnectionRoutes(scope, context);
    registerMessageRoutes(scope, context);
  });

  // CR8: boxes wait 30 days; invites live 48 hours. Tidied hourly, off the request path.
  const timer = setInterval(() => {
    sweepCircle(context.db, context.now()).catch((error: unknown) => {
      app.log.warn({ err: error }, "circle sweep failed");
    });
  }, SWEEP_EVERY_MS);
  timer.unref();
  app.addHook("onClose", async () => clearInterval(timer));
}
