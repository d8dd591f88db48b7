import { createHmac, randomBytes } from "node:crypto";
import { DEFAULT_KDF_PARAMS } from "@small-steps/crypto";
import type { KdfWire } from "@small-steps/sync";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

const SECRET_KEY = "server_secret";
const SECRET_BYTES = 32;

/**
 * 32 random bytes made on the first start and kept in server_meta, so answers derived from it stay
 * the same across restarts. It never leaves the server. Two servers starting at once on one
 * database agree: the first insert wins and both read it back.
 */
export async function loadServerSecret(db: Kysely<Database>): Promise<Buffer> {
  await db
    .insertInto("server_meta")
    .values({ key: SECRET_KEY, value: randomBytes(SECRET_BYTES).toString("base64") })
    .onConflict((conflict) => conflict.column("key").doNothing())
    .execute();
  const row = await db
    .selectFrom("server_meta")
    .select("value")
    .where("key", "=", SECRET_KEY)
    .executeTakeFirstOrThrow();
  const secret = Buffer.from(row.value, "base64");
  if (secret.length !== SECRET_BYTES) throw new Error("The server secret in server_meta is damaged.");
  return secret;
}

/**
 * The KDF answer for a name that has no account: a salt derived from the server secret and the
 * name, with the default parameters. It is the same every time for the same name, like a real
 * account's, so prelogin never tells whether a name exists.
 */
export function fakeKdf(secret: Buffer, normalizedUsername: string): KdfWire {
  const salt = createHmac("sha256", secret)
    .update(`small-steps/fake-kdf-salt\0${normalizedUsername}`)
    .digest()
    .subarray(0, 16);
  return {
    salt: salt.toString("base64"),
    opsLimit: DEFAULT_KDF_PARAMS.opsLimit,
    memLimitBytes: DEFAULT_KDF_PARAMS.memLimitBytes,
  };
}
