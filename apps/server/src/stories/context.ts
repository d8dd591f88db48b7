import type { Kysely } from "kysely";
import type { Clock } from "../accounts/sessions.ts";
import type { DatabaseHandle } from "../db/database.ts";
import type { Database } from "../db/schema.ts";
import type { Rate } from "../http/limiter.ts";

const HOUR_MS = 60 * 60 * 1000;

/** ST10: per person, kept in memory like every other limit (a restart forgets). */
export interface StoryLimits {
  publishes: Rate;
  comments: Rate;
  hearts: Rate;
  reports: Rate;
  /** Every stories request, per session. */
  general: Rate;
}

export const DEFAULT_STORY_LIMITS: StoryLimits = {
  publishes: { max: 10, windowMs: HOUR_MS },
  comments: { max: 30, windowMs: HOUR_MS },
  hearts: { max: 120, windowMs: HOUR_MS },
  reports: { max: 20, windowMs: HOUR_MS },
  general: { max: 600, windowMs: 5 * 60 * 1000 },
};

export interface StoryDeps {
  database: DatabaseHandle;
  /** Tests: smaller limits. */
  limits?: Partial<StoryLimits>;
  /** Tests: a clock. */
  now?: Clock;
}

export interface StoryContext {
  db: Kysely<Database>;
  limits: StoryLimits;
  now: Clock;
}

/** A 20,000-character body even if every character were a \u-escaped surrogate pair (12 bytes), with room. */
export const STORY_BODY_LIMIT = 256 * 1024;
