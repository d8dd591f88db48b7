/**
 * The real server for the sync benches, plus one bare route for sync-server's ratio: the app exactly as
 * main.ts builds it (settings from the environment, migrations, every hook and plugin), with
 * POST /api/bench/bare added. The bare route goes through the same hooks (security headers,
 * CSRF, the request log line) and answers a constant, so the ratio isolates what sync costs.
 */

import { buildApp } from "../../apps/server/src/app.ts";
import { loadConfig } from "../../apps/server/src/config.ts";
import { createDatabase } from "../../apps/server/src/db/database.ts";
import { migrateToLatest } from "../../apps/server/src/db/migrate.ts";

const BARE_PATH = "/api/bench/bare";
const EMPTY_PAGE = { saved: [], conflicts: [], retrieved: [], cursor: 0, more: false, remaining: 0 };

const config = loadConfig();
const database = createDatabase(config);
await migrateToLatest(database.db);
const app = await buildApp({ config, database });
app.post(BARE_PATH, async () => EMPTY_PAGE);
await app.listen({ port: config.port, host: config.host });

const stop = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
