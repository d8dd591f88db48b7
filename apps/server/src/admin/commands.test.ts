import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { storyAppPerTest, storyPerson, usernameOf } from "../stories/testStoryApp.ts";
import { ADMIN_COMMAND, AdminCommandError, runAdminCommand } from "./commands.ts";

const cliPath = fileURLToPath(new URL("./cli.ts", import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

describe.each(testDatabaseKinds())("the admin command on %s", (kind) => {
  const start = storyAppPerTest(kind);

  it("ST17: grants, lists and revokes roles, each written to the audit log", async () => {
    const test = await start();
    const db = test.database.handle.db;
    const person = await storyPerson(test);
    const name = await usernameOf(test, person);
    const run = (...args: string[]) => runAdminCommand(db, args, test.clock.now);
    expect(await run("roles")).toBe("Nobody has a role yet.");
    expect(await run("grant", name.toUpperCase(), "moderator")).toBe(`${name} is now a moderator.`);
    expect(await run("grant", name, "admin")).toBe(`${name} is now an admin.`);
    expect(await run("roles")).toBe(`${name}: admin`);
    expect((await person.api.role()).json()).toEqual({ role: "admin" });
    expect(await run("revoke", name)).toBe(`${name} no longer has a role.`);
    expect(await run("revoke", name)).toBe(`${name} had no role.`);
    expect((await person.api.role()).json()).toEqual({ role: null });
    const log = await db
      .selectFrom("moderation_log")
      .select(["moderator", "action"])
      .orderBy("action")
      .execute();
    expect(log).toEqual([
      { moderator: ADMIN_COMMAND, action: "grant admin" },
      { moderator: ADMIN_COMMAND, action: "grant moderator" },
      { moderator: ADMIN_COMMAND, action: "revoke" },
    ]);
  });

  it("ST17: explains itself for an unknown person, an unknown role or command", async () => {
    const test = await start();
    const db = test.database.handle.db;
    const name = await usernameOf(test, await storyPerson(test));
    await expect(runAdminCommand(db, ["grant", "nobody-here", "moderator"], new Date())).rejects.toThrow(
      'There is no account named "nobody-here" on this server.',
    );
    await expect(runAdminCommand(db, ["grant", name, "king"], new Date())).rejects.toBeInstanceOf(
      AdminCommandError,
    );
    await expect(runAdminCommand(db, ["promote", name], new Date())).rejects.toThrow(/grant <username>/);
    expect(await runAdminCommand(db, ["unban", name], new Date())).toBe(`${name} was not banned.`);
  });
});

describe("the admin command as a program", () => {
  it("runs against the server's own SQLite file in DATA_DIR and says what it did", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "small-steps-admin-"));
    try {
      const run = (...args: string[]) =>
        promisify(execFile)(process.execPath, ["--import", tsxLoader, cliPath, ...args], {
          env: { PATH: process.env.PATH ?? "", DATA_DIR: dataDir },
        });
      expect((await run("roles")).stdout.trim()).toBe("Nobody has a role yet.");
      const failed = await run("grant", "robin", "moderator").catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed).toMatchObject({ code: 2 });
      expect((failed as { stderr: string }).stderr).toContain('There is no account named "robin"');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);
});
