import cookie from "@fastify/cookie";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { registerCsrfGuard } from "./accounts/csrf.ts";
import type { Limits } from "./accounts/rateLimits.ts";
import { registerAccountRoutes } from "./accounts/routes.ts";
import type { Clock } from "./accounts/sessions.ts";
import { ApiProblem } from "./apiProblem.ts";
import { type CircleDeps, registerCircleRoutes } from "./circle/routes.ts";
import type { Config } from "./config.ts";
import type { DatabaseHandle } from "./db/database.ts";
import { loggerOptions, RequestLogController } from "./logging.ts";
import { registerModerationRoutes } from "./moderation/routes.ts";
import { registerPasskeyRoutes } from "./passkeys/routes.ts";
import { registerPushRoutes } from "./push/routes.ts";
import { createPushSender, type PushSenderDeps } from "./push/sender.ts";
import { loadVapidDetails } from "./push/vapidKeys.ts";
import { registerHealthRoute } from "./routes/health.ts";
import { registerSecurityHeaders } from "./security.ts";
import { registerWebApp } from "./static.ts";
import { registerStoryRoutes, type StoryDeps } from "./stories/routes.ts";
import { createLiveNotifier } from "./sync/pgNotifier.ts";
import { registerSyncRoutes, type SyncDeps } from "./sync/routes.ts";

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  /** Tests pass false to keep output quiet; otherwise Fastify's pino logger at config.logLevel. */
  logger?: FastifyServerOptions["logger"];
  /** Tests only: a clock to move session time forward, and smaller rate limits. */
  now?: Clock;
  limits?: Partial<Limits>;
  /** Tests only: sync quota, rate limit or keepalive other than the defaults. */
  sync?: Omit<SyncDeps, "database">;
  /** Tests only: where pushes go (a local push service) and the clock their pacing uses. */
  push?: Pick<PushSenderDeps, "send" | "now">;
  /** Tests only: the circle's clock, smaller limits, or a push stand-in. */
  circle?: Partial<Omit<CircleDeps, "database" | "notifier">>;
  /** Tests only: stories' clock or smaller limits. */
  stories?: Omit<StoryDeps, "database">;
}

/** Builds the server without listening, so tests can send requests with app.inject(). */
export async function buildApp({
  config,
  database,
  logger,
  now,
  limits,
  sync,
  push: pushOptions,
  circle,
  stories,
}: AppOptions): Promise<FastifyInstance> {
  // Push keys (CR15) from the data directory, made on the first start. First, so a damaged file
  // stops the start before anything is opened.
  const vapid = loadVapidDetails(config);
  const app = Fastify({
    logger: logger ?? loggerOptions(config.logLevel),
    trustProxy: config.trustProxy,
    logController: new RequestLogController(),
    // Keep-alive connections that sit idle must not hold shutdown open.
    forceCloseConnections: "idle",
  });
  await registerSecurityHeaders(app);
  await app.register(cookie);
  registerCsrfGuard(app);

  app.setErrorHandler(async (error: { statusCode?: number; message?: string }, request, reply) => {
    if (error instanceof ApiProblem) {
      const retryAfter = error.extra.retryAfterSeconds;
      if (typeof retryAfter === "number") reply.header("retry-after", String(retryAfter));
      return reply.code(error.statusCode).send(error.body);
    }
    if (error.statusCode === 413) {
      return reply
        .code(413)
        .send({ error: "too_large", message: "That request is larger than this server accepts." });
    }
    const statusCode = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (statusCode >= 500) request.log.error({ err: error }, "request failed");
    // Internal details stay in the log; the client gets a plain, stable shape.
    const message =
      statusCode >= 500 ? "Something went wrong on the server." : (error.message ?? "Bad request");
    return reply
      .code(statusCode)
      .send({ error: statusCode >= 500 ? "server_error" : "bad_request", message });
  });

  registerHealthRoute(app, database.db, database.kind);
  await registerAccountRoutes(app, {
    config,
    database,
    ...(now ? { now } : {}),
    ...(limits ? { limits } : {}),
  });
  // After the account routes: passkeys use their session guard.
  await registerPasskeyRoutes(app, { config, database, ...(now ? { now } : {}) });
  // One notifier for every live event (sync nudges, circle boxes), closed by the sync routes.
  // PostgreSQL: LISTEN/NOTIFY, so every instance hears (CR14); SQLite: in-process.
  const notifier =
    sync?.notifier ??
    (await createLiveNotifier({
      kind: database.kind,
      databaseUrl: config.databaseUrl,
      db: database.db,
      log: app.log,
    }));
  // After the account routes too: sync uses the session guard.
  await registerSyncRoutes(app, { database, ...(sync ?? {}), notifier });
  await registerPushRoutes(app, { database, publicKey: vapid.publicKey, ...(now ? { now } : {}) });
  const push = createPushSender({ database, vapid, log: app.log, ...pushOptions });
  // Pushes under way finish before the database closes.
  app.addHook("onClose", () => push.flush());
  // After the account routes: the circle uses their session guard, the same notifier and pushes.
  await registerCircleRoutes(app, { database, notifier, push, ...(circle ?? {}) });
  // After the account routes: stories use their session guard.
  await registerStoryRoutes(app, { database, ...(stories ?? {}) });
  await registerModerationRoutes(app, { database, now: stories?.now });
  await registerWebApp(app, config.webDist);
  return app;
}
