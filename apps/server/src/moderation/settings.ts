import type { ModerationSettings } from "@small-steps/sync";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** ST16: off until an admin turns it on, so a small private server is not held up by default. */
export const DEFAULT_MODERATION_SETTINGS: ModerationSettings = { holdFirstComment: false };

const KEY = "moderation";

export async function readModerationSettings(db: Kysely<Database>): Promise<ModerationSettings> {
  const row = await db
    .selectFrom("server_settings")
    .select("value")
    .where("key", "=", KEY)
    .executeTakeFirst();
  if (!row) return { ...DEFAULT_MODERATION_SETTINGS };
  try {
    return { ...DEFAULT_MODERATION_SETTINGS, ...(JSON.parse(row.value) as Partial<ModerationSettings>) };
  } catch {
    return { ...DEFAULT_MODERATION_SETTINGS };
  }
}

export async function writeModerationSettings(
  db: Kysely<Database>,
  settings: ModerationSettings,
): Promise<void> {
  const value = JSON.stringify(settings);
  await db
    .insertInto("server_settings")
    .values({ key: KEY, value })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value }))
    .execute();
}
