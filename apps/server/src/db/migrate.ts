import type { Kysely } from "kysely";
import { type MigrationResult, Migrator } from "kysely/migration";
import { migrations } from "./migrations/index.ts";

export function createMigrator<DB>(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Brings the schema up to date. Safe to call on every start: applied migrations are skipped. */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<MigrationResult[]> {
  const { error, results = [] } = await createMigrator(db).migrateToLatest();
  if (error) {
    const failed = results.find((result) => result.status === "Error")?.migrationName ?? "unknown";
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`The database could not be updated (migration ${failed}): ${reason}`, {
      cause: error,
    });
  }
  return results;
}

/** How many migrations have been applied; reported by /api/health. */
export async function appliedMigrationCount<DB>(db: Kysely<DB>): Promise<number> {
  const all = await createMigrator(db).getMigrations();
  return all.filter((migration) => migration.executedAt !== undefined).length;
}
