import { Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { loggerOptions } from "../logging.ts";
import { startTestApp, type TestApp, type TestAppOptions } from "../testApp.ts";
import { json, logIn, makeCredentials, randomAuthKey, sessionCookie, signUp } from "./testAccounts.ts";

describe.each(testDatabaseKinds())("account protections on %s", (kind) => {
  let test: TestApp | undefined;

  async function start(options: TestAppOptions = {}): Promise<FastifyInstance> {
    test = await startTestApp(kind, options);
    return test.app;
  }

  afterEach(async () => {
    await test?.cleanup();
    test = undefined;
  });

  const login = (app: FastifyInstance, username: string, authKey: string, remoteAddress = "127.0.0.1") =>
    app.inject({
      method: "POST",
      url: "/api/account/login",
      headers: json,
      payload: { username, authKey },
      remoteAddress,
    });

  describe("rate limits", () => {
    it("pauses sign-in for a name after 10 failures, even with the right key, and tells when to retry", async () => {
      const app = await start();
      const { credentials } = await signUp(app);
      const other = await signUp(app);
      for (let attempt = 1; attempt <= 10; attempt++) {
        // Spread over addresses, so only the per-name limit applies.
        const response = await login(app, credentials.username, randomAuthKey(), `10.0.0.${attempt}`);
        expect(response.statusCode, `attempt ${attempt}`).toBe(401);
      }
      const limited = await login(app, credentials.username, credentials.authKey, "10.0.1.1");
      expect(limited.statusCode).toBe(429);
      const body = limited.json();
      expect(body).toMatchObject({ error: "rate_limited", message: expect.any(String) });
      expect(body.retryAfterSeconds).toBeGreaterThan(0);
      expect(body.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
      expect(limited.headers["retry-after"]).toBe(String(body.retryAfterSeconds));
      // Another name is not affected, and neither is an unknown one treated differently.
      await logIn(app, other.credentials);
    });

    it("treats unknown names like real ones", async () => {
      const app = await start({ limits: { failuresPerSubject: 2 } });
      for (let attempt = 0; attempt < 2; attempt++) {
        expect((await login(app, "nobody_here", randomAuthKey())).statusCode).toBe(401);
      }
      expect((await login(app, "nobody_here", randomAuthKey())).statusCode).toBe(429);
    });

    it("pauses sign-in from one address after too many failures, whatever the name", async () => {
      const app = await start({ limits: { failuresPerIp: 3 } });
      const { credentials } = await signUp(app);
      for (const name of ["first_name", "second_name", "third_name"]) {
        expect((await login(app, name, randomAuthKey(), "10.1.0.1")).statusCode).toBe(401);
      }
      expect((await login(app, credentials.username, credentials.authKey, "10.1.0.1")).statusCode).toBe(429);
      expect((await login(app, credentials.username, credentials.authKey, "10.1.0.2")).statusCode).toBe(200);
    });

    it("does not count successful sign-ins", async () => {
      const app = await start({ limits: { failuresPerSubject: 2, failuresPerIp: 2 } });
      const { credentials } = await signUp(app);
      for (let attempt = 0; attempt < 5; attempt++) await logIn(app, credentials);
    });

    it("limits recovery attempts", async () => {
      const app = await start({ limits: { failuresPerSubject: 2 } });
      const { credentials } = await signUp(app);
      const attempt = (recoveryAuthKey: string) =>
        app.inject({
          method: "POST",
          url: "/api/account/recover/start",
          headers: json,
          payload: { username: credentials.username, recoveryAuthKey },
        });
      expect((await attempt(randomAuthKey())).statusCode).toBe(401);
      expect((await attempt(randomAuthKey())).statusCode).toBe(401);
      const limited = await attempt(credentials.recoveryAuthKey);
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error).toBe("rate_limited");
    });

    it("limits sign-ups from one address", async () => {
      const app = await start({ limits: { signupsPerIp: 2 } });
      await signUp(app);
      await signUp(app);
      const limited = await app.inject({
        method: "POST",
        url: "/api/account/signup",
        headers: json,
        payload: await makeCredentials(),
      });
      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toMatchObject({ error: "rate_limited", retryAfterSeconds: expect.any(Number) });
      expect(limited.json().retryAfterSeconds).toBeGreaterThan(0);
    });
  });

  describe("cross-site requests", () => {
    it("refuses a state-changing request that is not JSON", async () => {
      const app = await start();
      const { credentials } = await signUp(app);
      const body = JSON.stringify({ username: credentials.username, authKey: credentials.authKey });
      for (const type of [
        undefined,
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data",
      ]) {
        const response = await app.inject({
          method: "POST",
          url: "/api/account/login",
          headers: type ? { "content-type": type } : {},
          payload: body,
        });
        expect(response.statusCode, String(type)).toBe(403);
        expect(response.json()).toMatchObject({ error: "json_required", message: expect.any(String) });
      }
    });

    it("refuses a request whose Origin is another site, and accepts its own", async () => {
      const app = await start();
      const { credentials, cookie } = await signUp(app);
      const send = (origin: string) =>
        app.inject({
          method: "POST",
          url: "/api/account/logout-others",
          headers: { ...json, cookie, origin, host: "steps.example" },
          payload: {},
        });
      for (const origin of [
        "https://evil.example",
        "null",
        "https://steps.example.evil.example",
        "not a url",
      ]) {
        const response = await send(origin);
        expect(response.statusCode, origin).toBe(403);
        expect(response.json().error).toBe("forbidden_origin");
      }
      expect((await send("https://steps.example")).statusCode).toBe(200);
      expect(credentials.username).toBeTruthy();
    });

    it("checks the Origin against the forwarded host only when a proxy is trusted", async () => {
      const app = await start({ config: { trustProxy: "127.0.0.1" } });
      const response = await app.inject({
        method: "POST",
        url: "/api/account/prelogin",
        headers: {
          ...json,
          origin: "https://steps.example",
          host: "127.0.0.1:8080",
          "x-forwarded-host": "steps.example",
        },
        payload: { username: "robin" },
      });
      expect(response.statusCode).toBe(200);
    });
  });

  describe("bodies", () => {
    it("answers a body that does not fit with 400 and a clear message", async () => {
      const app = await start();
      const cases: [string, unknown, RegExp][] = [
        ["/api/account/prelogin", {}, /username/],
        ["/api/account/prelogin", { username: "a" }, /username: 3 to 32 letters/],
        ["/api/account/login", { username: "robin", authKey: "short" }, /authKey/],
        ["/api/account/signup", { username: "robin" }, /kdf|authKey/],
      ];
      for (const [url, payload, message] of cases) {
        const response = await app.inject({ method: "POST", url, headers: json, payload: payload as object });
        expect(response.statusCode, url).toBe(400);
        expect(response.json().error).toBe("bad_request");
        expect(response.json().message).toMatch(message);
      }
      const broken = await app.inject({
        method: "POST",
        url: "/api/account/login",
        headers: json,
        payload: "{not json",
      });
      expect(broken.statusCode).toBe(400);
      expect(broken.json().error).toBe("bad_request");
    });

    it("refuses an oversized body with 413 before reading it", async () => {
      const app = await start();
      const response = await app.inject({
        method: "POST",
        url: "/api/account/signup",
        headers: json,
        payload: JSON.stringify({ username: "robin", padding: "x".repeat(70 * 1024) }),
      });
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({ error: "too_large", message: expect.any(String) });
    });
  });

  describe("logs", () => {
    it("never hold auth keys, tokens, cookies or key material", async () => {
      const lines: string[] = [];
      const stream = new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      });
      const app = await start({ logger: { ...loggerOptions("trace"), stream } });
      const { credentials, cookie } = await signUp(app);
      const login = await app.inject({
        method: "POST",
        url: "/api/account/login",
        headers: json,
        payload: { username: credentials.username, authKey: credentials.authKey },
      });
      const token = sessionCookie(login).split("=")[1] ?? "";
      await app.inject({ method: "GET", url: "/api/account/me", headers: { cookie } });
      await app.inject({
        method: "POST",
        url: "/api/account/login",
        headers: json,
        payload: { username: credentials.username, authKey: randomAuthKey() },
      });
      const all = lines.join("");
      expect(all).toContain('"url":"/api/account/login"');
      for (const secret of [
        credentials.authKey,
        credentials.recoveryAuthKey,
        credentials.keys.account.ciphertext,
        token,
        cookie.split("=")[1] ?? "",
      ]) {
        expect(all).not.toContain(secret);
      }
    });
  });
});
