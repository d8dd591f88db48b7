import { normalizeUsername, ROLES, type Role } from "@small-steps/sync";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { logAction } from "../moderation/auditLog.ts";

/** What the audit log names as the actor of a command run on the server itself (ST18). */
export const ADMIN_COMMAND = "admin command";

export const USAGE = `Small Steps admin commands:
  grant <username> moderator|admin   give someone a role in moderation
  revoke <username>                  take a role away
  unban <username>                   let a banned person post again
  roles                              list everyone with a role`;

export class AdminCommandError extends Error {}

async function userIdOf(db: Kysely<Database>, username: string): Promise<string> {
  const row = await db
    .selectFrom("users")
    .select("id")
    .where("username", "=", normalizeUsername(username))
    .executeTakeFirst();
  if (!row) throw new AdminCommandError(`There is no account named "${username}" on this server.`);
  return row.id;
}

/**
 * ST17: roles are given only here, by someone who can run commands on the server, never through
 * the web. Returns the sentence to print; throws AdminCommandError with a plain one.
 */
export async function runAdminCommand(
  db: Kysely<Database>,
  args: readonly string[],
  now: Date,
): Promise<string> {
  const [command, username, role] = args;
  if (command === "roles") {
    const rows = await db
      .selectFrom("user_roles")
      .innerJoin("users", "users.id", "user_roles.user_id")
      .select(["users.username", "user_roles.role"])
      .orderBy("users.username")
      .execute();
    if (rows.length === 0) return "Nobody has a role yet.";
    return rows.map((row) => `${row.username}: ${row.role}`).join("\n");
  }
  if (!username || !["grant", "revoke", "unban"].includes(command ?? "")) throw new AdminCommandError(USAGE);
  const userId = await userIdOf(db, username);
  const name = normalizeUsername(username);
  if (command === "grant") {
    if (!(ROLES as readonly string[]).includes(role ?? "")) throw new AdminCommandError(USAGE);
    const granted = role as Role;
    await db
      .insertInto("user_roles")
      .values({ user_id: userId, role: granted, granted_at: now.toISOString() })
      .onConflict((oc) => oc.column("user_id").doUpdateSet({ role: granted, granted_at: now.toISOString() }))
      .execute();
    await logAction(
      db,
      { moderator: ADMIN_COMMAND, action: `grant ${granted}`, target: "user", target_id: name, reason: null },
      now,
    );
    return `${name} is now ${granted === "admin" ? "an admin" : "a moderator"}.`;
  }
  if (command === "revoke") {
    const result = await db.deleteFrom("user_roles").where("user_id", "=", userId).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return `${name} had no role.`;
    await logAction(
      db,
      { moderator: ADMIN_COMMAND, action: "revoke", target: "user", target_id: name, reason: null },
      now,
    );
    return `${name} no longer has a role.`;
  }
  const result = await db.deleteFrom("user_bans").where("user_id", "=", userId).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) return `${name} was not banned.`;
  await logAction(
    db,
    { moderator: ADMIN_COMMAND, action: "unban", target: "user", target_id: name, reason: null },
    now,
  );
  return `${name} can post again. What was taken down stays down until a moderator restores it.`;
}
