import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { readModerationSettings } from "./settings.ts";

/**
 * ST16: with the setting on, a person's first comment waits for a moderator. "First" means they
 * have no comment others can already see; one still waiting counts as none, so a second try while
 * the first waits is held too.
 */
export async function holdsFirstComment(db: Kysely<Database>, userId: string): Promise<boolean> {
  const { holdFirstComment } = await readModerationSettings(db);
  if (!holdFirstComment) return false;
  const seen = await db
    .selectFrom("story_comments")
    .select("id")
    .where("author_id", "=", userId)
    .where("status", "=", "visible")
    .limit(1)
    .executeTakeFirst();
  return seen === undefined;
}
