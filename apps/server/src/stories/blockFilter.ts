import { type Expression, type SqlBool, sql } from "kysely";

/**
 * ST14: a block works both ways. True when neither the viewer blocked the person in `authorColumn`
 * nor that person blocked the viewer. Two NOT EXISTS, each one probe of a unique index
 * (blocker_id, blocked_id) or (blocked_id, blocker_id), so the feed stays a keyset scan.
 */
export function notBlocked(
  viewerId: string,
  authorColumn: "stories.author_id" | "story_comments.author_id",
): Expression<SqlBool> {
  const author = sql.ref(authorColumn);
  return sql<SqlBool>`(not exists (select 1 from story_blocks sb where sb.blocker_id = ${viewerId} and sb.blocked_id = ${author})
    and not exists (select 1 from story_blocks sb where sb.blocked_id = ${viewerId} and sb.blocker_id = ${author}))`;
}
