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
];
