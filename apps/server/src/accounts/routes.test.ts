import { randomBytes } from "node:crypto";
import { newCircleKeyPair, newPurposeKey, wrapKey } from "@small-steps/crypto";
import { accountResponse, preloginResponse, recoverStartResponse, sessionsResponse } from "@small-steps/sync";
import type { FastifyInstance, InjectOptions } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { startTestApp, type TestApp, type TestAppOptions } from "../testApp.ts";
import { hashToken } from "./sessions.ts";
import {
  json,
  logIn,
  makeCredentials,
  makeKeyBundle,
  randomAuthKey,
  sessionCookie,
  signUp,
  testKdf,
} from "./testAccounts.ts";
import { USER_TABLES } from "./userTables.ts";

const DAY = 24 * 60 * 60 * 1000;
const chromeOnLinux =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36";
const firefoxOnWindows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0";

describe.each(testDatabaseKinds())("accounts on %s", (kind) => {
  let test: TestApp | undefined;
  let time = new Date("2026-03-01T09:00:00.000Z");
  const advance = (ms: number) => {
    time = new Date(time.getTime() + ms);
  };

  async function start(options: TestAppOptions = {}): Promise<FastifyInstance> {
    time = new Date("2026-03-01T09:00:00.000Z");
    test = await startTestApp(kind, { now: () => time, ...options });
    return test.app;
  }

  afterEach(async () => {
    await test?.cleanup();
    test = undefined;
  });

  const post = (
    app: FastifyInstance,
    url: string,
    payload: unknown,
    cookie?: string,
    extra: InjectOptions["headers"] = {},
  ) =>
    app.inject({
      method: "POST",
      url,
      headers: { ...json, ...(cookie ? { cookie } : {}), ...extra },
      payload: payload as object,
    });
  const me = (app: FastifyInstance, cookie: string) =>
    app.inject({ method: "GET", url: "/api/account/me", headers: { cookie } });

  describe("sign-up", () => {
    it("creates the account, answers 201 with the account, and signs the person in", async () => {
      const app = await start();
      const credentials = await makeCredentials("Robin.Rivers");
      const response = await post(app, "/api/account/signup", credentials);
      expect(response.statusCode).toBe(201);
      const body = accountResponse.strict().parse(response.json());
      expect(body.user.username).toBe("robin.rivers");
      expect(body.user.createdAt).toBe(time.toISOString());
      expect(body.kdf).toEqual(credentials.kdf);
      expect(body.keys).toEqual(credentials.keys);
      expect(response.headers["cache-control"]).toBe("no-store");

      const mine = await me(app, sessionCookie(response));
      expect(mine.statusCode).toBe(200);
      expect(mine.json()).toEqual(body);
    });

    it("sets a __Host- cookie that is HttpOnly, Secure, SameSite=Strict, Path=/ and has no Domain", async () => {
      const app = await start();
      const response = await post(app, "/api/account/signup", await makeCredentials());
      const header = String(response.headers["set-cookie"]);
      expect(header).toMatch(/^__Host-ss_session=[A-Za-z0-9_-]{43};/);
      expect(header).toContain("HttpOnly");
      expect(header).toContain("Secure");
      expect(header).toContain("SameSite=Strict");
      expect(header).toContain("Path=/");
      expect(header).toContain(`Max-Age=${180 * 24 * 60 * 60}`);
      expect(header).not.toMatch(/Domain=/i);
    });

    it("uses a plain ss_session cookie without Secure when COOKIE_SECURE is false", async () => {
      const app = await start({ config: { cookieSecure: false } });
      const response = await post(app, "/api/account/signup", await makeCredentials());
      const header = String(response.headers["set-cookie"]);
      expect(header).toMatch(/^ss_session=/);
      expect(header).not.toContain("Secure");
      expect(header).toContain("HttpOnly");
      expect(header).toContain("SameSite=Strict");
      expect((await me(app, sessionCookie(response))).statusCode).toBe(200);
    });

    it("stores only hashes: no auth key, recovery auth key or token in the database", async () => {
      const app = await start();
      const credentials = await makeCredentials();
      const response = await post(app, "/api/account/signup", credentials);
      const token = sessionCookie(response).split("=")[1] ?? "";
      const db = test?.database.handle.db;
      const users = JSON.stringify(await db?.selectFrom("users").selectAll().execute());
      const sessions = JSON.stringify(await db?.selectFrom("sessions").selectAll().execute());
      for (const secret of [credentials.authKey, credentials.recoveryAuthKey, token]) {
        expect(users).not.toContain(secret);
        expect(sessions).not.toContain(secret);
      }
      expect(users).toContain("$argon2id$");
      expect(sessions).toContain(hashToken(token));
    });

    it("refuses a name that is taken, however it is written", async () => {
      const app = await start();
      await signUp(app, await makeCredentials("robin"));
      for (const name of ["robin", "ROBIN", " Robin "]) {
        const response = await post(app, "/api/account/signup", await makeCredentials(name));
        expect(response.statusCode, name).toBe(409);
        expect(response.json()).toMatchObject({ error: "username_taken", message: expect.any(String) });
        expect(response.headers["set-cookie"]).toBeUndefined();
      }
    });

    it("refuses KDF settings below the client's minimums", async () => {
      const app = await start();
      const credentials = { ...(await makeCredentials()), kdf: { ...testKdf(), opsLimit: 1 } };
      const response = await post(app, "/api/account/signup", credentials);
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toBe("weak_kdf");
    });
  });

  describe("prelogin", () => {
    it("answers a real account with its KDF, and an unknown name with a stable, same-shaped made-up one", async () => {
      const app = await start();
      const { credentials } = await signUp(app);
      const known = await post(app, "/api/account/prelogin", {
        username: credentials.username.toUpperCase(),
      });
      expect(known.statusCode).toBe(200);
      expect(preloginResponse.strict().parse(known.json()).kdf).toEqual(credentials.kdf);

      const unknown = await post(app, "/api/account/prelogin", { username: "nobody_here" });
      expect(unknown.statusCode).toBe(200);
      const fake = preloginResponse.strict().parse(unknown.json()).kdf;
      expect(Object.keys(fake).sort()).toEqual(Object.keys(credentials.kdf).sort());
      expect(fake).toMatchObject({ opsLimit: 3, memLimitBytes: 64 * 1024 * 1024 });
      expect(Buffer.from(fake.salt, "base64")).toHaveLength(16);
      // The same name always gets the same answer, also after a restart (the secret is kept)…
      const again = await post(app, "/api/account/prelogin", { username: "Nobody_Here" });
      expect(again.json().kdf).toEqual(fake);
      const restarted = await test?.restart();
      const afterRestart = await post(restarted as FastifyInstance, "/api/account/prelogin", {
        username: "nobody_here",
      });
      expect(afterRestart.json().kdf).toEqual(fake);
      // …and different names get different salts.
      const other = await post(restarted as FastifyInstance, "/api/account/prelogin", {
        username: "someone_else",
      });
      expect(other.json().kdf.salt).not.toBe(fake.salt);
    });
  });

  describe("login", () => {
    it("signs in with the right auth key, with a new session token every time", async () => {
      const app = await start();
      const { credentials, cookie: first } = await signUp(app);
      const second = await logIn(app, credentials);
      const third = await logIn(app, { ...credentials, username: credentials.username.toUpperCase() });
      expect(new Set([first, second, third]).size).toBe(3);
      for (const cookie of [first, second, third]) expect((await me(app, cookie)).statusCode).toBe(200);
    });

    it("answers a wrong key and an unknown name the same way, without saying which part was wrong", async () => {
      const app = await start();
      const { credentials } = await signUp(app);
      const wrongKey = await post(app, "/api/account/login", {
        username: credentials.username,
        authKey: randomAuthKey(),
      });
      const unknownName = await post(app, "/api/account/login", {
        username: "nobody_here",
        authKey: credentials.authKey,
      });
      for (const response of [wrongKey, unknownName]) {
        expect(response.statusCode).toBe(401);
        expect(response.headers["set-cookie"]).toBeUndefined();
      }
      expect(wrongKey.json()).toEqual(unknownName.json());
      expect(wrongKey.json()).toMatchObject({ error: "wrong_credentials" });
    });
  });

  describe("sessions", () => {
    it("answers 401 signed_out without a cookie or with one that opens nothing", async () => {
      const app = await start();
      const none = await app.inject({ method: "GET", url: "/api/account/me" });
      expect(none.statusCode).toBe(401);
      expect(none.json()).toMatchObject({ error: "signed_out", message: expect.any(String) });
      const made = await me(app, "__Host-ss_session=made-up-token");
      expect(made.statusCode).toBe(401);
      // The useless cookie is removed.
      expect(String(made.headers["set-cookie"])).toMatch(/^__Host-ss_session=;/);
    });

    it("ends a session after the idle timeout, and keeps a used one going until the absolute timeout", async () => {
      const app = await start();
      const { cookie } = await signUp(app);
      advance(29 * DAY);
      expect((await me(app, cookie)).statusCode).toBe(200);
      // Used every 29 days, it lives until 180 days after sign-in, and not a moment longer.
      for (let day = 58; day < 180; day += 29) {
        advance(29 * DAY);
        expect((await me(app, cookie)).statusCode, `day ${day}`).toBe(200);
      }
      advance(180 * DAY - 174 * DAY - 1);
      expect((await me(app, cookie)).statusCode).toBe(200);
      advance(1);
      expect((await me(app, cookie)).statusCode).toBe(401);

      const { cookie: idle } = await signUp(app);
      advance(30 * DAY - 1);
      expect((await me(app, idle)).statusCode).toBe(200);
      advance(30 * DAY);
      expect((await me(app, idle)).statusCode).toBe(401);
      // Ended sessions are removed, not kept.
      expect(await test?.database.handle.db.selectFrom("sessions").selectAll().execute()).toEqual([]);
    });

    it("honours shorter timeouts from the settings", async () => {
      const app = await start({ config: { sessionIdleDays: 1, sessionMaxDays: 2 } });
      const { cookie } = await signUp(app);
      advance(DAY);
      expect((await me(app, cookie)).statusCode).toBe(401);
    });

    it("records use at most once a minute", async () => {
      const app = await start();
      const { cookie } = await signUp(app);
      const lastSeen = async () =>
        (
          await test?.database.handle.db
            .selectFrom("sessions")
            .select("last_seen_at")
            .executeTakeFirstOrThrow()
        )?.last_seen_at;
      const signedUpAt = time.toISOString();
      advance(59_000);
      await me(app, cookie);
      expect(await lastSeen()).toBe(signedUpAt);
      advance(1_000);
      await me(app, cookie);
      expect(await lastSeen()).toBe(time.toISOString());
    });

    it("lists the person's sessions with coarse labels, marking this one", async () => {
      const app = await start();
      const { credentials, cookie } = await signUp(app);
      await post(app, "/api/account/login", credentials, undefined, { "user-agent": firefoxOnWindows });
      const other = await signUp(app);
      const response = await app.inject({
        method: "GET",
        url: "/api/account/sessions",
        headers: { cookie, "user-agent": chromeOnLinux },
      });
      expect(response.statusCode).toBe(200);
      const { sessions } = sessionsResponse.strict().parse(response.json());
      expect(sessions).toHaveLength(2);
      expect(sessions.filter((session) => session.current)).toHaveLength(1);
      expect(sessions.map((session) => session.label)).toContain("Firefox on Windows");
      expect(JSON.stringify(sessions)).not.toContain(other.credentials.username);
    });

    it("signs out this session only, and always answers 204", async () => {
      const app = await start();
      const { credentials, cookie } = await signUp(app);
      const other = await logIn(app, credentials);
      const response = await post(app, "/api/account/logout", {}, cookie);
      expect(response.statusCode).toBe(204);
      expect(String(response.headers["set-cookie"])).toMatch(
        /^__Host-ss_session=;.*Expires=Thu, 01 Jan 1970/,
      );
      expect((await me(app, cookie)).statusCode).toBe(401);
      expect((await me(app, other)).statusCode).toBe(200);
      expect((await post(app, "/api/account/logout", {}, cookie)).statusCode).toBe(204);
      expect((await post(app, "/api/account/logout", {})).statusCode).toBe(204);
    });

    it("signs out everywhere else, keeping this session", async () => {
      const app = await start();
      const { credentials, cookie } = await signUp(app);
      const others = [await logIn(app, credentials), await logIn(app, credentials)];
      const someoneElse = await signUp(app);
      const response = await post(app, "/api/account/logout-others", {}, cookie);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ ended: 2 });
      expect((await me(app, cookie)).statusCode).toBe(200);
      for (const other of others) expect((await me(app, other)).statusCode).toBe(401);
      expect((await me(app, someoneElse.cookie)).statusCode).toBe(200);
    });

    it("signs out everywhere, this session included", async () => {
      const app = await start();
      const { credentials, cookie } = await signUp(app);
      const other = await logIn(app, credentials);
      const response = await post(app, "/api/account/logout-all", {}, cookie);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ ended: 2 });
      expect(String(response.headers["set-cookie"])).toMatch(/^__Host-ss_session=;/);
      expect((await me(app, cookie)).statusCode).toBe(401);
      expect((await me(app, other)).statusCode).toBe(401);
    });
  });

  describe("password change", () => {
    it("checks the current key, stores the new material, ends other sessions and renews this token", async () => {
      const app = await start();
      const { credentials, cookie } = await signUp(app);
      const other = await logIn(app, credentials);
      const { keys } = await makeKeyBundle();
      const change = { newAuthKey: randomAuthKey(), kdf: testKdf(), keys };

      const wrong = await post(
        app,
        "/api/account/password",
        { ...change, currentAuthKey: randomAuthKey() },
        cookie,
      );
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json().error).toBe("wrong_credentials");
      expect((await me(app, other)).statusCode).toBe(200);

      const response = await post(
        app,
        "/api/account/password",
        { ...change, currentAuthKey: credentials.authKey },
        cookie,
      );
      expect(response.statusCode).toBe(200);
      const body = accountResponse.strict().parse(response.json());
      expect(body.kdf).toEqual(change.kdf);
      expect(body.keys).toEqual(keys);
      const renewed = sessionCookie(response);
      expect(renewed).not.toBe(cookie);
      expect((await me(app, renewed)).statusCode).toBe(200);
      expect((await me(app, cookie)).statusCode).toBe(401);
      expect((await me(app, other)).statusCode).toBe(401);

      const oldKey = await post(app, "/api/account/login", credentials);
      expect(oldKey.statusCode).toBe(401);
      await logIn(app, { username: credentials.username, authKey: change.newAuthKey });
      const prelogin = await post(app, "/api/account/prelogin", { username: credentials.username });
      expect(prelogin.json().kdf).toEqual(change.kdf);
    });

    it("needs a session", async () => {
      const app = await start();
      const { keys } = await makeKeyBundle();
      const response = await post(app, "/api/account/password", {
        currentAuthKey: randomAuthKey(),
        newAuthKey: randomAuthKey(),
        kdf: testKdf(),
        keys,
      });
      expect(response.statusCode).toBe(401);
      expect(response.json().error).toBe("signed_out");
    });
  });

  describe("adding a key (the circle key of an older account, docs/circle.md CR1)", () => {
    it("adds a purpose the bundle lacks, once, and refuses a second one or a signed-out request", async () => {
      const app = await start();
      const { cookie } = await signUp(app);
      const circle = await newCircleKeyPair();
      const wrapped = await wrapKey(circle.secret, randomBytes(32), "account");
      const added = await post(app, "/api/account/keys", { key: wrapped }, cookie);
      expect(added.statusCode).toBe(200);
      const keyIds = accountResponse.parse(added.json()).keys.keys.map((k) => k.keyId);
      expect(keyIds).toEqual(["items:1", "circle:1"]);
      const again = await post(app, "/api/account/keys", { key: wrapped }, cookie);
      expect(again.statusCode).toBe(409);
      expect(again.json().error).toBe("key_exists");
      const items = await wrapKey(await newPurposeKey("items", 2), randomBytes(32), "account");
      expect((await post(app, "/api/account/keys", { key: items }, cookie)).statusCode).toBe(409);
      expect((await post(app, "/api/account/keys", { key: wrapped })).statusCode).toBe(401);
      const byPassword = await wrapKey(circle.secret, randomBytes(32), "password");
      expect((await post(app, "/api/account/keys", { key: byPassword }, cookie)).statusCode).toBe(400);
    });
  });

  describe("recovery", () => {
    it("hands out the key bundle only for the right recovery key, then resets the password and every session", async () => {
      const app = await start();
      const { credentials, cookie } = await signUp(app);
      const other = await logIn(app, credentials);

      for (const attempt of [
        { username: credentials.username, recoveryAuthKey: randomAuthKey() },
        { username: "nobody_here", recoveryAuthKey: credentials.recoveryAuthKey },
        { username: credentials.username, recoveryAuthKey: credentials.authKey },
      ]) {
        const refused = await post(app, "/api/account/recover/start", attempt);
        expect(refused.statusCode).toBe(401);
        expect(refused.json().error).toBe("wrong_credentials");
      }

      const started = await post(app, "/api/account/recover/start", {
        username: credentials.username,
        recoveryAuthKey: credentials.recoveryAuthKey,
      });
      expect(started.statusCode).toBe(200);
      expect(recoverStartResponse.strict().parse(started.json()).keys).toEqual(credentials.keys);
      expect(started.headers["set-cookie"]).toBeUndefined();

      const { keys } = await makeKeyBundle();
      const finish = {
        username: credentials.username,
        recoveryAuthKey: credentials.recoveryAuthKey,
        newAuthKey: randomAuthKey(),
        kdf: testKdf(),
        keys,
      };
      const wrongFinish = await post(app, "/api/account/recover/finish", {
        ...finish,
        recoveryAuthKey: randomAuthKey(),
      });
      expect(wrongFinish.statusCode).toBe(401);
      expect((await me(app, cookie)).statusCode).toBe(200);

      const finished = await post(app, "/api/account/recover/finish", finish);
      expect(finished.statusCode).toBe(200);
      expect(accountResponse.strict().parse(finished.json()).keys).toEqual(keys);
      const fresh = sessionCookie(finished);
      expect((await me(app, fresh)).statusCode).toBe(200);
      expect((await me(app, cookie)).statusCode).toBe(401);
      expect((await me(app, other)).statusCode).toBe(401);
      expect((await post(app, "/api/account/login", credentials)).statusCode).toBe(401);
      await logIn(app, { username: credentials.username, authKey: finish.newAuthKey });
    });
  });

  describe("deleting an account", () => {
    it("needs the auth key, then removes the person and every row of theirs at once", async () => {
      const app = await start();
      const { credentials, cookie } = await signUp(app);
      await logIn(app, credentials);
      const someoneElse = await signUp(app);
      const db = test?.database.handle.db;
      if (!db) throw new Error("no database");
      const { id } = await db
        .selectFrom("users")
        .select("id")
        .where("username", "=", credentials.username)
        .executeTakeFirstOrThrow();

      const wrong = await post(app, "/api/account/delete", { authKey: randomAuthKey() }, cookie);
      expect(wrong.statusCode).toBe(401);
      expect((await me(app, cookie)).statusCode).toBe(200);

      const response = await post(app, "/api/account/delete", { authKey: credentials.authKey }, cookie);
      expect(response.statusCode).toBe(204);
      expect(String(response.headers["set-cookie"])).toMatch(/^__Host-ss_session=;/);
      expect(await db.selectFrom("users").select("id").where("id", "=", id).execute()).toEqual([]);
      for (const table of USER_TABLES) {
        const rows = await db.selectFrom(table).select("user_id").where("user_id", "=", id).execute();
        expect(rows, table).toEqual([]);
      }
      expect((await me(app, cookie)).statusCode).toBe(401);
      expect((await post(app, "/api/account/login", credentials)).statusCode).toBe(401);
      expect((await me(app, someoneElse.cookie)).statusCode).toBe(200);
      // The name is free again.
      await signUp(app, await makeCredentials(credentials.username));
    });
  });
});
