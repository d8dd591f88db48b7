/**
 * A bare Fastify server for bench/sync-server.ts: the same Fastify, the same logger settings and
 * one-line request log as the real server, one route answering a constant — the floor this
 * machine can do, measured in the same run as the sync route.
 */
import Fastify from "fastify";
import { loggerOptions, RequestLogController } from "../../apps/server/src/logging.ts";

const EMPTY_PAGE = { saved: [], conflicts: [], retrieved: [], cursor: 0, more: false, remaining: 0 };

const app = Fastify({
  logger: loggerOptions(process.env.LOG_LEVEL ?? "info"),
  logController: new RequestLogController(),
  forceCloseConnections: "idle",
});
app.get("/api/health", async () => ({ ok: true }));
app.post("/api/bench/bare", async () => EMPTY_PAGE);
await app.listen({ port: Number(process.env.PORT), host: process.env.HOST ?? "127.0.0.1" });

const stop = async () => {
  await app.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
