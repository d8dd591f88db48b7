import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CIRCLE_PATHS, pushKeyResponse } from "@small-steps/sync";
import { afterEach, describe, expect, it } from "vitest";
import webpush from "web-push";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { startupErrorMessage } from "../server.ts";
import { quickPerson } from "../sync/testSyncApp.ts";
import { makeTempWorkspace, type TempWorkspace } from "../test-helpers.ts";
import { startTestApp, type TestApp } from "../testApp.ts";
import { loadVapidKeys, pushSubject, VAPID_FILE, VapidKeyFileError } from "./vapidKeys.ts";

describe("VAPID keys in the data directory (CR15)", () => {
  let workspace: TempWorkspace | undefined;
  afterEach(() => {
    workspace?.cleanup();
    workspace = undefined;
  });

  it("are made once, kept private (0600), and read back the same on every later start", () => {
    workspace = makeTempWorkspace();
    const { dataDir } = workspace.config;
    const first = loadVapidKeys(dataDir);
    const file = join(dataDir, VAPID_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(first.publicKey, "base64url")).toHaveLength(65);
    expect(Buffer.from(first.privateKey, "base64url")).toHaveLength(32);
    expect(loadVapidKeys(dataDir)).toEqual(first);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(first);
  });

  it.each([
    ["not JSON", "{ this is not json"],
    ["missing keys", '{"publicKey":"abc"}'],
    ["keys of the wrong size", '{"publicKey":"AAAA","privateKey":"AAAA"}'],
    [
      "keys that do not belong together",
      JSON.stringify({
        publicKey: webpush.generateVAPIDKeys().publicKey,
        privateKey: webpush.generateVAPIDKeys().privateKey,
      }),
    ],
  ])("stop the start with a clear message when the file holds %s, never making new ones", (_, text) => {
    workspace = makeTempWorkspace();
    const { dataDir } = workspace.config;
    loadVapidKeys(dataDir);
    const file = join(dataDir, VAPID_FILE);
    writeFileSync(file, text);
    let thrown: unknown;
    try {
      loadVapidKeys(dataDir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(VapidKeyFileError);
    // Shown to the person as it is, like a bad setting, with the file's place and what to do.
    const message = startupErrorMessage(thrown, workspace.config);
    expect(message).toContain(file);
    expect(message).toMatch(/Restore it from a backup/);
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("name a contact: PUSH_SUBJECT, else the site's https page, else a placeholder address", () => {
    expect(pushSubject({ pushSubject: "mailto:me@example.org", rpId: "steps.example.org" })).toBe(
      "mailto:me@example.org",
    );
    expect(pushSubject({ rpId: "steps.example.org" })).toBe("https://steps.example.org");
    expect(pushSubject({ rpId: "localhost" })).toMatch(/^mailto:/);
    expect(pushSubject({})).toMatch(/^mailto:/);
  });
});

describe.each(testDatabaseKinds())("GET the push key on %s", (kind) => {
  let test: TestApp | undefined;
  afterEach(async () => {
    await test?.cleanup();
    test = undefined;
  });

  it("answers the same public key across restarts of the same data directory", async () => {
    test = await startTestApp(kind);
    const { cookie } = await quickPerson(test);
    const get = async () => {
      const response = await test?.app.inject({
        method: "GET",
        url: CIRCLE_PATHS.pushKey,
        headers: { cookie },
      });
      expect(response?.statusCode).toBe(200);
      return pushKeyResponse.parse(response?.json()).publicKey;
    };
    const before = await get();
    expect(before).toBe(loadVapidKeys(test.config.dataDir).publicKey);
    await test.restart();
    expect(await get()).toBe(before);
  });
});
