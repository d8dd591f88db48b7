import type { Database } from "../db/schema.ts";

/** Every table that has a user_id column. */
export type TableWithUserId = {
  [Table in keyof Database]: Database[Table] extends { user_id: string } ? Table : never;
}[keyof Database];

/**
 * Every table whose rows belong to one person (keyed by user_id). Deleting an account deletes the
 * rows of each table listed here, in this order, and then the user, all in one transaction.
 * Each table's user_id also references users(id) ON DELETE CASCADE, so nothing is left behind even
 * if a table were forgotten here; the explicit list makes the deletion visible and tested.
 * A feature that stores something per person adds its table here (children before parents).
 */
export const USER_TABLES: readonly TableWithUserId[] = [
  "sessions",
  "passkeys",
  "passkey_user_handles",
  "sync_items",
  "sync_counters",
  "push_subscriptions",
  "circle_keys",
  "circle_mutes",
  "circle_counters",
  "story_hearts",
  "story_profiles",
  "user_roles",
  "user_bans",
];

/** A column other than user_id that names a person, with its table. */
export type PersonColumn = {
  [Table in keyof Database]: {
    table: Table;
    column: Exclude<keyof Database[Table] & `${string}_id`, "user_id">;
  };
}[keyof Database];

/**
 * Rows that name a person in another column: pairs (the other side of a connection, a block, a
 * mute, a box) and tables keyed by an owner. Deleted with USER_TABLES, in this order; each of these
 * columns references users(id) ON DELETE CASCADE too.
 */
export const USER_COLUMNS: readonly PersonColumn[] = [
  { table: "circle_messages", column: "recipient_id" },
  { table: "circle_messages", column: "sender_id" },
  { table: "circle_invites", column: "owner_id" },
  { table: "circle_members", column: "owner_id" },
  { table: "circle_members", column: "member_id" },
  { table: "circle_blocks", column: "blocker_id" },
  { table: "circle_blocks", column: "blocked_id" },
  { table: "circle_mutes", column: "peer_id" },
  { table: "story_blocks", column: "blocker_id" },
  { table: "story_blocks", column: "blocked_id" },
  { table: "story_comments", column: "author_id" },
  { table: "stories", column: "author_id" },
];
