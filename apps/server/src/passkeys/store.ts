import { randomBytes, randomUUID } from "node:crypto";
import { type PasskeyInfo, type PasskeyWrappedKey, passkeyWrappedKeySchema } from "@small-steps/sync";
import type { Kysely, Selectable } from "kysely";
import type { Database, PasskeysTable } from "../db/schema.ts";

export type PasskeyRow = Selectable<PasskeysTable>;

/** More passkeys than anyone needs; the cap keeps one account from filling the table. */
export const MAX_PASSKEYS_PER_PERSON = 20;

/**
 * The person's WebAuthn user handle, made on first use: 32 random bytes, so an authenticator's
 * stored copy says nothing about the account. Safe when two requests race (the first insert wins).
 */
export async function userHandleFor(db: Kysely<Database>, userId: string, now: Date): Promise<string> {
  await db
    .insertInto("passkey_user_handles")
    .values({ user_id: userId, handle: randomBytes(32).toString("base64url"), created_at: now.toISOString() })
    .onConflict((conflict) => conflict.column("user_id").doNothing())
    .execute();
  const row = await db
    .selectFrom("passkey_user_handles")
    .select("handle")
    .where("user_id", "=", userId)
    .executeTakeFirstOrThrow();
  return row.handle;
}

export async function findUserHandle(db: Kysely<Database>, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("passkey_user_handles")
    .select("handle")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.handle;
}

export async function listPasskeys(db: Kysely<Database>, userId: string): Promise<PasskeyRow[]> {
  return db
    .selectFrom("passkeys")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export async function findPasskeyByCredentialId(
  db: Kysely<Database>,
  credentialId: string,
): Promise<PasskeyRow | undefined> {
  return db.selectFrom("passkeys").selectAll().where("credential_id", "=", credentialId).executeTakeFirst();
}

export interface NewPasskey {
  userId: string;
  credentialId: string;
  publicKey: string;
  counter: number;
  transports: string[];
  name: string;
  prfWrappedAccountKey?: PasskeyWrappedKey;
  prfSalt?: string;
  now: Date;
}

/** Stores a verified passkey; undefined when that credential is already registered (to anyone). */
export async function insertPasskey(
  db: Kysely<Database>,
  input: NewPasskey,
): Promise<PasskeyRow | undefined> {
  const wrapped = input.prfWrappedAccountKey;
  const row: PasskeyRow = {
    id: randomUUID(),
    user_id: input.userId,
    credential_id: input.credentialId,
    public_key: input.publicKey,
    counter: input.counter,
    transports: JSON.stringify(input.transports),
    name: input.name,
    created_at: input.now.toISOString(),
    last_used_at: null,
    prf_wrapped_account_key: wrapped ? JSON.stringify(wrapped) : null,
    prf_salt: wrapped ? (input.prfSalt ?? null) : null,
  };
  const result = await db
    .insertInto("passkeys")
    .values(row)
    .onConflict((conflict) => conflict.column("credential_id").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1 ? row : undefined;
}

export async function markPasskeyUsed(
  db: Kysely<Database>,
  id: string,
  counter: number,
  now: Date,
): Promise<void> {
  await db
    .updateTable("passkeys")
    .set({ counter, last_used_at: now.toISOString() })
    .where("id", "=", id)
    .execute();
}

/**
 * Every change names both the passkey and its owner, so a request can never reach someone else's
 * passkey, whatever id it sends (no IDOR). False when nothing matched.
 */
export async function renamePasskey(
  db: Kysely<Database>,
  userId: string,
  id: string,
  name: string,
): Promise<boolean> {
  const result = await db
    .updateTable("passkeys")
    .set({ name })
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deletePasskey(db: Kysely<Database>, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("passkeys")
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function findOwnPasskey(
  db: Kysely<Database>,
  userId: string,
  id: string,
): Promise<PasskeyRow | undefined> {
  return db
    .selectFrom("passkeys")
    .selectAll()
    .where("id", "=", id)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

export const transportsOf = (row: PasskeyRow): string[] => {
  try {
    const parsed: unknown = JSON.parse(row.transports);
    return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === "string") : [];
  } catch {
    return [];
  }
};

/** The stored PRF-wrapped account key, or undefined when there is none or it no longer reads. */
export function wrappedKeyOf(row: PasskeyRow): PasskeyWrappedKey | undefined {
  if (!row.prf_wrapped_account_key) return undefined;
  try {
    const parsed = passkeyWrappedKeySchema.safeParse(JSON.parse(row.prf_wrapped_account_key));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function passkeyInfoOf(row: PasskeyRow): PasskeyInfo {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    unlocksKeys: wrappedKeyOf(row) !== undefined && row.prf_salt !== null,
  };
}
