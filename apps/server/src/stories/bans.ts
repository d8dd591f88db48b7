import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { banned } from "./problems.ts";

export async function isBanned(db: Kysely<Database>, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom("user_bans")
    .select("user_id")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** ST19: every route that adds something others can see calls this first. */
export async function refuseBanned(db: Kysely<Database>, userId: string): Promise<void> {
  if (await isBanned(db, userId)) throw banned();
}
