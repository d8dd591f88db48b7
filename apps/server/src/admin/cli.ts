import { loadConfig } from "../config.ts";
import { createDatabase } from "../db/database.ts";
import { migrateToLatest } from "../db/migrate.ts";
import { AdminCommandError, runAdminCommand } from "./commands.ts";

// `npm run admin -- grant <username> moderator`: opens the same database the server uses (DATA_DIR
// or DATABASE_URL), applies any pending migrations, runs one command, prints one answer.
const config = loadConfig();
const database = createDatabase(config);
let code = 0;
try {
  await migrateToLatest(database.db);
  console.info(await runAdminCommand(database.db, process.argv.slice(2), new Date()));
} catch (error) {
  code = error instanceof AdminCommandError ? 2 : 1;
  console.error(error instanceof AdminCommandError ? error.message : error);
} finally {
  await database.close();
}
process.exit(code);
