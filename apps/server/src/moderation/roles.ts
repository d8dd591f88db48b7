import type { Role } from "@small-steps/sync";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { sessionOf } from "../accounts/guard.ts";
import { ApiProblem } from "../apiProblem.ts";
import type { Database } from "../db/schema.ts";

export async function roleOf(db: Kysely<Database>, userId: string): Promise<Role | null> {
  const row = await db
    .selectFrom("user_roles")
    .select("role")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.role ?? null;
}

/** ST17: to everyone without the role, the moderation routes do not exist. */
const notHere = () => new ApiProblem(404, "not_found", "There is nothing here.");

/** A preHandler (after requireSession) letting through moderators and admins, or only admins. */
export function requireRole(db: Kysely<Database>, needed: Role) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const role = await roleOf(db, sessionOf(request).userId);
    if (role === null || (needed === "admin" && role !== "admin")) throw notHere();
  };
}

/** The name the audit log keeps for the moderator acting now. */
export async function moderatorName(db: Kysely<Database>, userId: string): Promise<string> {
  const row = await db.selectFrom("users").select("username").where("id", "=", userId).executeTakeFirst();
  return row?.username ?? "unknown";
}
