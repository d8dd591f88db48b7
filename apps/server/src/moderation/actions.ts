import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { logAction } from "./auditLog.ts";

export type ModerationAction = "hide" | "restore" | "dismiss" | "ban";

interface Item {
  id: string;
  kind: string;
  story_id: string;
  comment_id: string | null;
}

interface Actor {
  moderator: string;
  reason: string | null;
  now: Date;
}

/** Every open item about the same story or comment is settled together: one decision, one look. */
async function resolveTarget(trx: Kysely<Database>, item: Item, resolution: string, now: Date) {
  let query = trx
    .updateTable("moderation_items")
    .set({ resolved_at: now.toISOString(), resolution })
    .where("story_id", "=", item.story_id)
    .where("resolved_at", "is", null);
  query =
    item.comment_id === null
      ? query.where("comment_id", "is", null)
      : query.where("comment_id", "=", item.comment_id);
  await query.execute();
}

async function setVisibility(trx: Kysely<Database>, item: Item, visible: boolean, now: Date) {
  if (item.comment_id !== null) {
    await trx
      .updateTable("story_comments")
      .set({ status: visible ? "visible" : "hidden" })
      .where("id", "=", item.comment_id)
      .execute();
    return;
  }
  if (visible) {
    // Back to how readers knew it; a story hidden before it ever went out goes back to a draft.
    const story = await trx
      .selectFrom("stories")
      .select("published_at")
      .where("id", "=", item.story_id)
      .executeTakeFirstOrThrow();
    await trx
      .updateTable("stories")
      .set({ status: story.published_at === null ? "draft" : "published", updated_at: now.toISOString() })
      .where("id", "=", item.story_id)
      .execute();
  } else {
    await trx
      .updateTable("stories")
      .set({ status: "hidden", updated_at: now.toISOString() })
      .where("id", "=", item.story_id)
      .execute();
  }
}

/** ST19: a ban stops new posts and takes down what the person has up now; reading stays open. */
async function ban(trx: Kysely<Database>, item: Item, actor: Actor) {
  const author = item.comment_id
    ? await trx
        .selectFrom("story_comments")
        .select("author_id")
        .where("id", "=", item.comment_id)
        .executeTakeFirstOrThrow()
    : await trx
        .selectFrom("stories")
        .select("author_id")
        .where("id", "=", item.story_id)
        .executeTakeFirstOrThrow();
  const userId = author.author_id;
  const at = actor.now.toISOString();
  await trx
    .insertInto("user_bans")
    .values({ user_id: userId, reason: actor.reason, banned_at: at })
    .onConflict((oc) => oc.column("user_id").doNothing())
    .execute();
  await trx
    .updateTable("stories")
    .set({ status: "hidden", updated_at: at })
    .where("author_id", "=", userId)
    .where("status", "=", "published")
    .execute();
  await trx
    .updateTable("story_comments")
    .set({ status: "hidden" })
    .where("author_id", "=", userId)
    .where("status", "in", ["visible", "held"])
    .execute();
  const theirStories = trx.selectFrom("stories").select("id").where("author_id", "=", userId);
  const theirComments = trx.selectFrom("story_comments").select("id").where("author_id", "=", userId);
  await trx
    .updateTable("moderation_items")
    .set({ resolved_at: at, resolution: "banned" })
    .where("resolved_at", "is", null)
    .where((eb) =>
      eb.or([
        eb("comment_id", "in", theirComments),
        eb.and([eb("comment_id", "is", null), eb("story_id", "in", theirStories)]),
      ]),
    )
    .execute();
  // By name, like every person in the log, so it still reads after the account is gone.
  const { username } = await trx
    .selectFrom("users")
    .select("username")
    .where("id", "=", userId)
    .executeTakeFirstOrThrow();
  await logAction(
    trx,
    { moderator: actor.moderator, action: "ban", target: "user", target_id: username, reason: actor.reason },
    actor.now,
  );
}

/**
 * ST17: what a moderator decides about one queue item. A held comment that is dismissed ("nothing
 * wrong here") is let through, the same as restoring it: nothing should wait forever.
 */
export async function applyAction(db: Kysely<Database>, item: Item, action: ModerationAction, actor: Actor) {
  const target = item.comment_id === null ? "story" : "comment";
  const targetId = item.comment_id ?? item.story_id;
  await db.transaction().execute(async (trx) => {
    if (action === "ban") {
      await ban(trx, item, actor);
      return;
    }
    if (action === "hide") await setVisibility(trx, item, false, actor.now);
    const letThrough =
      action === "restore" || (action === "dismiss" && (item.kind === "held" || item.kind === "first"));
    if (letThrough) await setVisibility(trx, item, true, actor.now);
    await resolveTarget(
      trx,
      item,
      action === "hide" ? "hidden" : action === "restore" ? "restored" : "dismissed",
      actor.now,
    );
    await logAction(
      trx,
      { moderator: actor.moderator, action, target, target_id: targetId, reason: actor.reason },
      actor.now,
    );
  });
}
