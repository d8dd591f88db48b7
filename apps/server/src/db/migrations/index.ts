import type { Migration } from "kysely/migration";
import { serverMeta } from "./0001_server_meta.ts";
import { accounts } from "./0002_accounts.ts";
import { sync } from "./0003_sync.ts";
import { passkeys } from "./0004_passkeys.ts";
import { circle } from "./0005_circle.ts";
import { push } from "./0006_push.ts";
import { stories } from "./0007_stories.ts";
import { moderation } from "./0008_moderation.ts";
import { storyThemes } from "./0009_story_themes.ts";

// Listed in code rather than read from a folder at run time, so they work the same under tsx, a bundler
// or compiled output. Names sort in the order they must run; never rename or edit a shipped one.
export const migrations: Record<string, Migration> = {
  "0001_server_meta": serverMeta,
  "0002_accounts": accounts,
  "0003_sync": sync,
  "0004_passkeys": passkeys,
  "0005_circle": circle,
  "0006_push": push,
  "0007_stories": stories,
  "0008_moderation": moderation,
  "0009_story_themes": storyThemes,
};
