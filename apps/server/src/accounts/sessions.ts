import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Config } from "../config.ts";
import type { Database } from "../db/schema.ts";

/** Who a request belongs to, once its session cookie checks out. */
export interface AuthSession {
  userId: string;
  sessionId: string;
}

/** Injected so tests can move time forward; the server uses the real clock. */
export type Clock = () => Date;

const DAY_MS = 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so a busy device does not write on every request. */
export const TOUCH_EVERY_MS = 60 * 1000;

export interface SessionPolicy {
  idleMs: number;
  maxMs: number;
}

export const sessionPolicy = (config: Pick<Config, "sessionIdleDays" | "sessionMaxDays">): SessionPolicy => ({
  idleMs: config.sessionIdleDays * DAY_MS,
  maxMs: config.sessionMaxDays * DAY_MS,
});

/** Only this hash is stored: a copy of the database (a backup, a leak) cannot be used to sign in. */
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("hex");

export const newToken = (): string => randomBytes(32).toString("base64url");

export interface NewSession {
  sessionId: string;
  token: string;
}

export async function createSession(
  db: Kysely<Database>,
  userId: string,
  label: string,
  now: Date,
): Promise<NewSession> {
  const token = newToken();
  const sessionId = randomUUID();
  const at = now.toISOString();
  await db
    .insertInto("sessions")
    .values({
      id: sessionId,
      user_id: userId,
      token_hash: hashToken(token),
      created_at: at,
      last_seen_at: at,
      label,
    })
    .execute();
  return { sessionId, token };
}

function expired(
  row: { created_at: string; last_seen_at: string },
  policy: SessionPolicy,
  now: Date,
): boolean {
  const time = now.getTime();
  return (
    time - Date.parse(row.last_seen_at) >= policy.idleMs || time - Date.parse(row.created_at) >= policy.maxMs
  );
}

/**
 * The session a token belongs to, if it is still within both timeouts. An expired session is
 * removed when it is seen. Marks the session as used (at most once a minute).
 */
export async function authenticate(
  db: Kysely<Database>,
  token: string,
  policy: SessionPolicy,
  now: Date,
): Promise<AuthSession | null> {
  const row = await db
    .selectFrom("sessions")
    .select(["id", "user_id", "created_at", "last_seen_at"])
    .where("token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!row) return null;
  if (expired(row, policy, now)) {
    await db.deleteFrom("sessions").where("id", "=", row.id).execute();
    return null;
  }
  if (now.getTime() - Date.parse(row.last_seen_at) >= TOUCH_EVERY_MS) {
    await db
      .updateTable("sessions")
      .set({ last_seen_at: now.toISOString() })
      .where("id", "=", row.id)
      .execute();
  }
  return { userId: row.user_id, sessionId: row.id };
}

/** Gives a session a new token (after a password change), keeping its age; returns the token. */
export async function rotateSessionToken(
  db: Kysely<Database>,
  sessionId: string,
  now: Date,
): Promise<string> {
  const token = newToken();
  await db
    .updateTable("sessions")
    .set({ token_hash: hashToken(token), last_seen_at: now.toISOString() })
    .where("id", "=", sessionId)
    .execute();
  return token;
}

export async function listSessions(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom("sessions")
    .select(["id", "created_at", "last_seen_at", "label"])
    .where("user_id", "=", userId)
    .orderBy("last_seen_at", "desc")
    .orderBy("id")
    .execute();
}

export async function endSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

/** Ends every session of the person except `keepSessionId` (all of them when it is undefined). */
export async function endSessions(
  db: Kysely<Database>,
  userId: string,
  keepSessionId?: string,
): Promise<number> {
  let query = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (keepSessionId) query = query.where("id", "!=", keepSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Removes every session past either timeout, whoever it belongs to. */
export async function sweepExpiredSessions(
  db: Kysely<Database>,
  policy: SessionPolicy,
  now: Date,
): Promise<void> {
  const idleSince = new Date(now.getTime() - policy.idleMs).toISOString();
  const bornBefore = new Date(now.getTime() - policy.maxMs).toISOString();
  await db
    .deleteFrom("sessions")
    .where((eb) => eb.or([eb("last_seen_at", "<=", idleSince), eb("created_at", "<=", bornBefore)]))
    .execute();
}
