import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "./testDatabases.ts";

describe.each(testDatabaseKinds())("openTestDatabase (%s)", (kind) => {
  const opened: TestDatabase[] = [];
  const open = async () => {
    const database = await openTestDatabase(kind);
    opened.push(database);
    return database;
  };

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((database) => database.cleanup()));
  });

  it("gives each caller its own migrated database", async () => {
    const a = await open();
    const b = await open();
    expect(a.handle.kind).toBe(kind);
    await a.handle.db.insertInto("server_meta").values({ key: "only_in_a", value: "1" }).execute();
    const inB = await b.handle.db
      .selectFrom("server_meta")
      .select("key")
      .where("key", "=", "only_in_a")
      .executeTakeFirst();
    expect(inB).toBeUndefined();
  });

  it("keeps the data across reopen(), as a restarted server would", async () => {
    const database = await open();
    const first = database.handle;
    await first.db.insertInto("server_meta").values({ key: "kept", value: "yes" }).execute();
    const second = await database.reopen();
    expect(second).not.toBe(first);
    expect(database.handle).toBe(second);
    const row = await second.db
      .selectFrom("server_meta")
      .select("value")
      .where("key", "=", "kept")
      .executeTakeFirstOrThrow();
    expect(row.value).toBe("yes");
  });

  it("returns counts as JavaScript numbers", async () => {
    const database = await open();
    const row = await database.handle.db
      .selectFrom("server_meta")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .executeTakeFirstOrThrow();
    expect(row.count).toBe(1);
    const big = await sql<{ n: number }>`select cast(9007199254740991 as bigint) as n`.execute(
      database.handle.db,
    );
    expect(big.rows[0]?.n).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("removes the database on cleanup", async () => {
    const database = await openTestDatabase(kind);
    await database.cleanup();
    // Closing twice is harmless.
    await database.handle.close();
  });
});
