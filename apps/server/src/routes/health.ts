import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { z } from "zod";
import packageJson from "../../package.json" with { type: "json" };
import type { DatabaseKind } from "../db/database.ts";
import { appliedMigrationCount } from "../db/migrate.ts";
import type { Database } from "../db/schema.ts";

// Only facts about the server itself: anything about people or their data stays out of this endpoint,
// which monitoring tools and reverse proxies may call without signing in.
export const healthResponse = z.object({
  status: z.literal("ok"),
  version: z.string(),
  database: z.enum(["sqlite", "postgres"]),
  migrations: z.number().int().nonnegative(),
});
export type HealthResponse = z.infer<typeof healthResponse>;

export function registerHealthRoute(app: FastifyInstance, db: Kysely<Database>, kind: DatabaseKind): void {
  app.get("/api/health", async (_request, reply) => {
    reply.header("cache-control", "no-store");
    try {
      // A real read proves the database file is open and migrated, not just that the process is up.
      await db
        .selectFrom("server_meta")
        .select("key")
        .where("key", "=", "schema_created_at")
        .executeTakeFirst();
      const body: HealthResponse = {
        status: "ok",
        version: packageJson.version,
        database: kind,
        migrations: await appliedMigrationCount(db),
      };
      return healthResponse.parse(body);
    } catch (error) {
      app.log.error({ err: error }, "health check could not read the database");
      return reply.code(503).send({ status: "unavailable", database: kind });
    }
  });
}
