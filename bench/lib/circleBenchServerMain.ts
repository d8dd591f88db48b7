/**
 * The real server for bench/circle-fanout.ts: `buildApp` exactly as main.ts builds it, with two
 * differences a bench from one machine needs, both through buildApp's own options (the server has
 * no environment knob for its limits):
 *
 * - The per-address limits are raised: signing up (10 an hour per address) and accepting invites
 *   (10 per 10 minutes per address). A thousand people arrive here from 127.0.0.1, not from a
 *   thousand homes. Every per-person limit (invites, pending invites, accepts per session, 60 boxes
 *   a minute and 600 an hour per sender) stays as it is in production, and the bench keeps to them.
 * - GET /api/bench/memory answers process.memoryUsage() after a full GC (started with
 *   --expose-gc), so the bench can report live heap beside the RSS it reads from /proc.
 */

import { buildApp } from "../../apps/server/src/app.ts";
import { DEFAULT_CIRCLE_LIMITS } from "../../apps/server/src/circle/limits.ts";
import { loadConfig } from "../../apps/server/src/config.ts";
import { createDatabase } from "../../apps/server/src/db/database.ts";
import { migrateToLatest } from "../../apps/server/src/db/migrate.ts";
import { MEMORY_PATH } from "./serverMemory.ts";

const PLENTY = 1_000_000;

const config = loadConfig();
const database = createDatabase(config);
await migrateToLatest(database.db);
const app = await buildApp({
  config,
  database,
  limits: { signupsPerIp: PLENTY },
  circle: { limits: { acceptsPerIp: { ...DEFAULT_CIRCLE_LIMITS.acceptsPerIp, max: PLENTY } } },
});
app.get(MEMORY_PATH, async () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return { ...process.memoryUsage(), gc: gc !== undefined };
});
await app.listen({ port: config.port, host: config.host });

const stop = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
