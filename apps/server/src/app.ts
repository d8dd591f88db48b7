import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import type { Config } from "./config.ts";
import type { DatabaseHandle } from "./db/database.ts";
import { loggerOptions, RequestLogController } from "./logging.ts";
import { registerHealthRoute } from "./routes/health.ts";
import { registerSecurityHeaders } from "./security.ts";
import { registerWebApp } from "./static.ts";

export interface AppOptions {
  config: Config;
  database: DatabaseHandle;
  /** Tests pass false to keep output quiet; otherwise Fastify's pino logger at config.logLevel. */
  logger?: FastifyServerOptions["logger"];
}

/** Builds the server without listening, so tests can send requests with app.inject(). */
export async function buildApp({ config, database, logger }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger ?? loggerOptions(config.logLevel),
    trustProxy: config.trustProxy,
    logController: new RequestLogController(),
    // Keep-alive connections that sit idle must not hold shutdown open.
    forceCloseConnections: "idle",
  });
  await registerSecurityHeaders(app);

  app.setErrorHandler(async (error: { statusCode?: number; message?: string }, request, reply) => {
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
  await registerWebApp(app, config.webDist);
  return app;
}
