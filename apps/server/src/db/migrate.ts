import { type Kysely, PostgresAdapter, sql } from "kysely";
import { type MigrationResult, Migrator } from "kysely/migration";
import { migrations } from "./migrations/index.ts";

/**
 * On PostgreSQL, the schema the connection works in (its search_path). Kysely's migrator looks for
 * its bookkeeping tables in every schema unless told which one, so a second copy elsewhere in the
 * same database (another app, or parallel test schemas) would confuse it.
 */
async function currentPostgresSchema<DB>(db: Kysely<DB>): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return undefined;
  const result = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  return result.rows[0]?.schema ?? undefined;
}

export async function createMigrator<DB>(db: Kysely<DB>): Promise<Migrator> {
  const schema = await currentPostgresSchema(db);
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Brings the schema up to date. Safe to call on every start: applied migrations are skipped. */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<MigrationResult[]> {
  const { error, results = [] } = await (await createMigrator(db)).migrateToLatest();
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
  const all = await (await createMigrator(db)).getMigrations();
  return all.filter((migration) => migration.executedAt !== undefined).length;
}
