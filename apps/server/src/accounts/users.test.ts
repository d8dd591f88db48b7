import { afterEach, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../db/testDatabases.ts";
import { createSession } from "./sessions.ts";
import { makeKeyBundle, testKdf } from "./testAccounts.ts";
import { deleteUserEverywhere, insertUser } from "./users.ts";

describe.each(testDatabaseKinds())("users on %s", (kind) => {
  let database: TestDatabase | undefined;

  afterEach(async () => {
    await database?.cleanup();
    database = undefined;
  });

  const newUser = async (username: string) => ({
    username,
    kdf: testKdf(),
    keys: (await makeKeyBundle()).keys,
    authHash: "hash",
    recoveryAuthHash: "recovery-hash",
    now: new Date(),
  });

  it("creates a name once: a second insert of the same name is refused, not an error", async () => {
    database = await openTestDatabase(kind);
    const db = database.handle.db;
    expect(await insertUser(db, await newUser("robin"))).toMatchObject({ username: "robin" });
    expect(await insertUser(db, await newUser("robin"))).toBeUndefined();
    expect(await db.selectFrom("users").select("username").execute()).toEqual([{ username: "robin" }]);
  });

  it("deletes a person with all their rows, and nobody else's", async () => {
    database = await openTestDatabase(kind);
    const db = database.handle.db;
    const robin = await insertUser(db, await newUser("robin"));
    const sam = await insertUser(db, await newUser("sam"));
    if (!robin || !sam) throw new Error("not created");
    await createSession(db, robin.id, "Chrome on Linux", new Date());
    await createSession(db, sam.id, "Firefox", new Date());
    await deleteUserEverywhere(db, robin.id);
    expect(await db.selectFrom("users").select("username").execute()).toEqual([{ username: "sam" }]);
    expect(await db.selectFrom("sessions").select("user_id").execute()).toEqual([{ user_id: sam.id }]);
  });

  it("removes a person's sessions through the foreign key as well (ON DELETE CASCADE)", async () => {
    database = await openTestDatabase(kind);
    const db = database.handle.db;
    const robin = await insertUser(db, await newUser("robin"));
    if (!robin) throw new Error("not created");
    await createSession(db, robin.id, "Chrome on Linux", new Date());
    await db.deleteFrom("users").where("id", "=", robin.id).execute();
    expect(await db.selectFrom("sessions").selectAll().execute()).toEqual([]);
  });

  it("refuses a session for a person who does not exist", async () => {
    database = await openTestDatabase(kind);
    await expect(createSession(database.handle.db, "no-such-user", "Firefox", new Date())).rejects.toThrow();
  });
});
