import {
  auditLogResponse,
  MODERATION_PATHS,
  moderationActionSchema,
  moderationItemPath,
  moderationSettingsSchema,
  queueResponse,
  roleResponse,
} from "@small-steps/sync";
import type { FastifyInstance } from "fastify";
import { requireSession, sessionOf } from "../accounts/guard.ts";
import { registerRateLimit } from "../accounts/rateLimits.ts";
import type { Clock } from "../accounts/sessions.ts";
import { ApiProblem } from "../apiProblem.ts";
import type { DatabaseHandle } from "../db/database.ts";
import { parseOr400 } from "../http/parse.ts";
import { applyAction } from "./actions.ts";
import { logAction } from "./auditLog.ts";
import { openQueue } from "./queue.ts";
import { moderatorName, requireRole, roleOf } from "./roles.ts";
import { readModerationSettings, writeModerationSettings } from "./settings.ts";

export interface ModerationDeps {
  database: DatabaseHandle;
  now?: Clock;
}

const LOG_PAGE = 200;

const itemGone = () =>
  new ApiProblem(404, "not_found", "Someone has already looked at this, or it was taken down by its author.");

/** ST17–ST19: the moderation queue, actions, audit log and settings; moderators and admins only. */
export async function registerModerationRoutes(app: FastifyInstance, deps: ModerationDeps): Promise<void> {
  const db = deps.database.db;
  const now = deps.now ?? (() => new Date());
  await app.register(async (scope) => {
    await registerRateLimit(scope);
    scope.addHook("onSend", async (_request, reply) => {
      reply.header("cache-control", "no-store");
    });
    const moderators = { preHandler: [requireSession, requireRole(db, "moderator")] };
    const admins = { preHandler: [requireSession, requireRole(db, "admin")] };

    scope.get(MODERATION_PATHS.me, { preHandler: [requireSession] }, async (request) =>
      roleResponse.parse({ role: await roleOf(db, sessionOf(request).userId) }),
    );

    scope.get(MODERATION_PATHS.queue, moderators, async () =>
      queueResponse.parse({ items: await openQueue(db) }),
    );

    scope.post<{ Params: { id: string } }>(moderationItemPath(":id"), moderators, async (request) => {
      const { action, reason } = parseOr400(moderationActionSchema, request.body);
      const item = await db
        .selectFrom("moderation_items")
        .select(["id", "kind", "story_id", "comment_id"])
        .where("id", "=", request.params.id)
        .where("resolved_at", "is", null)
        .executeTakeFirst();
      if (!item) throw itemGone();
      const moderator = await moderatorName(db, sessionOf(request).userId);
      await applyAction(db, item, action, { moderator, reason: reason?.trim() || null, now: now() });
      return { done: true };
    });

    scope.get(MODERATION_PATHS.log, moderators, async () => {
      const rows = await db
        .selectFrom("moderation_log")
        .selectAll()
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .limit(LOG_PAGE)
        .execute();
      return auditLogResponse.parse({
        entries: rows.map((row) => ({
          id: row.id,
          moderator: row.moderator,
          action: row.action,
          target: row.target,
          targetId: row.target_id,
          reason: row.reason,
          createdAt: row.created_at,
        })),
      });
    });

    scope.get(MODERATION_PATHS.settings, moderators, async () => readModerationSettings(db));

    scope.put(MODERATION_PATHS.settings, admins, async (request) => {
      const settings = parseOr400(moderationSettingsSchema, request.body);
      const moderator = await moderatorName(db, sessionOf(request).userId);
      await writeModerationSettings(db, settings);
      await logAction(
        db,
        {
          moderator,
          action: `holdFirstComment=${settings.holdFirstComment}`,
          target: "setting",
          target_id: "moderation",
          reason: null,
        },
        now(),
      );
      return readModerationSettings(db);
    });
  });
}
