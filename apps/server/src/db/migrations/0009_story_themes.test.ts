import { afterEach, describe, expect, it } from "vitest";
import { makeKeyBundle, testKdf } from "../../accounts/testAccounts.ts";
import { insertUser } from "../../accounts/users.ts";
import { createMigrator, migrateToLatest } from "../migrate.ts";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../testDatabases.ts";

let database: TestDatabase | undefined;

afterEach(async () => {
  await database?.cleanup();
  database = undefined;
});

describe.each(testDatabaseKinds())("migration 0009_story_themes on %s", (kind) => {
  it("fills story_themes from the stories already there, with each one's publish time", async () => {
    database = await openTestDatabase(kind, { migrate: false });
    const db = database.handle.db;
    await (await createMigrator(db)).migrateTo("0008_moderation");
    const user = await insertUser(db, {
      username: "robin",
      kdf: testKdf(),
      authHash: "not-a-hash",
      recoveryAuthHash: "not-a-hash",
      keys: (await makeKeyBundle()).keys,
      now: new Date(),
    });
    if (!user) throw new Error("no user");
    const story = (id: string, themes: string[], publishedAt: string | null) => ({
      id,
      author_id: user.id,
      status: publishedAt ? "published" : "draft",
      title: "t",
      body: "b",
      themes: JSON.stringify(themes),
      content_notes: JSON.stringify(["none"]),
      anonymous: 0,
      hide_hearts: 0,
      created_at: "2026-01-01T00:00:00.000Z",
      updated_at: "2026-01-01T00:00:00.000Z",
      published_at: publishedAt,
    });
    await db
      .insertInto("stories")
      .values([
        story("a", ["hope", "family"], "2026-01-02T00:00:00.000Z"),
        story("b", ["work"], null),
        story("c", [], "2026-01-03T00:00:00.000Z"),
      ] as never)
      .execute();

    await migrateToLatest(db);

    const rows = await db
      .selectFrom("story_themes")
      .selectAll()
      .orderBy("story_id")
      .orderBy("theme")
      .execute();
    expect(rows).toEqual([
      { story_id: "a", theme: "family", published_at: "2026-01-02T00:00:00.000Z" },
      { story_id: "a", theme: "hope", published_at: "2026-01-02T00:00:00.000Z" },
      { story_id: "b", theme: "work", published_at: null },
    ]);
  });
});
