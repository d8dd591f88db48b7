import { randomUUID } from "node:crypto";
import type { WrappedKey } from "@small-steps/crypto/schemas";
import { type AccountResponse, type KdfWire, type KeyBundle, keyBundleSchema } from "@small-steps/sync";
import type { Kysely, Selectable } from "kysely";
import type { Database, UsersTable } from "../db/schema.ts";
import { USER_COLUMNS, USER_TABLES } from "./userTables.ts";

export type UserRow = Selectable<UsersTable>;

/** What a password change or a recovery replaces: how to derive the keys, and what they open. */
export interface PasswordMaterial {
  kdf: KdfWire;
  authHash: string;
  keys: KeyBundle;
}

export async function findUserByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirst();
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

const materialColumns = (material: PasswordMaterial) => ({
  kdf_salt: material.kdf.salt,
  kdf_ops_limit: material.kdf.opsLimit,
  kdf_mem_limit_bytes: material.kdf.memLimitBytes,
  auth_hash: material.authHash,
  key_bundle: JSON.stringify(material.keys),
});

/** Creates the account; undefined when the (normalized) name is taken, even by a sign-up racing this one. */
export async function insertUser(
  db: Kysely<Database>,
  input: PasswordMaterial & { username: string; recoveryAuthHash: string; now: Date },
): Promise<UserRow | undefined> {
  const row: UserRow = {
    id: randomUUID(),
    username: input.username,
    created_at: input.now.toISOString(),
    recovery_auth_hash: input.recoveryAuthHash,
    ...materialColumns(input),
  };
  const result = await db
    .insertInto("users")
    .values(row)
    .onConflict((conflict) => conflict.column("username").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1 ? row : undefined;
}

export async function setPasswordMaterial(
  db: Kysely<Database>,
  userId: string,
  material: PasswordMaterial,
): Promise<void> {
  await db.updateTable("users").set(materialColumns(material)).where("id", "=", userId).execute();
}

/** The bundle with one more per-purpose key; returns false when that purpose is already held. */
export async function addKeyToBundle(db: Kysely<Database>, user: UserRow, key: WrappedKey): Promise<boolean> {
  const bundle = keysOf(user);
  const purpose = key.keyId.split(":")[0];
  if (bundle.keys.some((k) => k.keyId.split(":")[0] === purpose) || bundle.keys.length >= 32) return false;
  const next: KeyBundle = { ...bundle, keys: [...bundle.keys, key] };
  // Only if the bundle is still the one just read: two devices adding at once keep one key.
  const result = await db
    .updateTable("users")
    .set({ key_bundle: JSON.stringify(next) })
    .where("id", "=", user.id)
    .where("key_bundle", "=", user.key_bundle)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setAuthHash(db: Kysely<Database>, userId: string, authHash: string): Promise<void> {
  await db.updateTable("users").set({ auth_hash: authHash }).where("id", "=", userId).execute();
}

export function kdfOf(user: UserRow): KdfWire {
  return { salt: user.kdf_salt, opsLimit: user.kdf_ops_limit, memLimitBytes: user.kdf_mem_limit_bytes };
}

export function keysOf(user: UserRow): KeyBundle {
  return keyBundleSchema.parse(JSON.parse(user.key_bundle));
}

export function accountResponseOf(user: UserRow): AccountResponse {
  return {
    user: { username: user.username, createdAt: user.created_at },
    kdf: kdfOf(user),
    keys: keysOf(user),
  };
}

/**
 * Deletes the person and everything stored for them, at once and in one transaction: either all
 * of it goes or none of it does.
 */
export async function deleteUserEverywhere(db: Kysely<Database>, userId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of USER_TABLES) {
      await trx.deleteFrom(table).where("user_id", "=", userId).execute();
    }
    for (const { table, column } of USER_COLUMNS) {
      await trx.deleteFrom(table).where(trx.dynamic.ref(column), "=", userId).execute();
    }
    await trx.deleteFrom("users").where("id", "=", userId).execute();
  });
}
