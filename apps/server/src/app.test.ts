import { rmSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { buildApp } from "./app.ts";
import type { Config } from "./config.ts";
import type { DatabaseKind } from "./db/database.ts";
import { migrations } from "./db/migrations/index.ts";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "./db/testDatabases.ts";
import { loggerOptions } from "./logging.ts";
import { healthResponse } from "./routes/health.ts";
import { fakeIndexHtml, fakeSosHtml, makeTempWorkspace, type TempWorkspace } from "./test-helpers.ts";

let workspace: TempWorkspace;
let database: TestDatabase | undefined;
let app: FastifyInstance | undefined;

async function start(
  overrides: Partial<Config> = {},
  logger: Parameters<typeof buildApp>[0]["logger"] = false,
  kind: DatabaseKind = "sqlite",
): Promise<FastifyInstance> {
  database = await openTestDatabase(kind);
  workspace = makeTempWorkspace({ ...database.config, ...overrides });
  app = await buildApp({ config: workspace.config, database: database.handle, logger });
  return app;
}

afterEach(async () => {
  await app?.close();
  app = undefined;
  await database?.cleanup();
  database = undefined;
  workspace?.cleanup();
});

const html = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name = "", ...values]) => [name, values]),
  );
}

describe.each(testDatabaseKinds())("GET /api/health on %s", (kind) => {
  it("reports status, version, database and applied migrations, and nothing else", async () => {
    const app = await start({}, false, kind);
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
    expect(response.headers["cache-control"]).toBe("no-store");
    const body = healthResponse.strict().parse(response.json());
    expect(body).toMatchObject({
      status: "ok",
      database: kind,
      migrations: Object.keys(migrations).length,
    });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("security headers", () => {
  it("sends a strict, self-only CSP and the other protective headers on the app shell", async () => {
    const app = await start();
    const response = await app.inject({ method: "GET", url: "/", headers: html });
    expect(response.statusCode).toBe(200);
    const csp = String(response.headers["content-security-policy"]);
    const policy = directives(csp);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get("style-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("worker-src")).toEqual(["'self'"]);
    expect(policy.get("manifest-src")).toEqual(["'self'"]);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("'unsafe-eval'");
    // No third-party origins: every source is a keyword or a local scheme.
    for (const values of policy.values()) {
      for (const value of values) expect(value).toMatch(/^('[a-z-]+'|data:|blob:)$/);
    }
    // Plain http (localhost, a home server) must not be told to upgrade to an https that does not exist.
    expect(policy.has("upgrade-insecure-requests")).toBe(false);

    expect(response.headers["referrer-policy"]).toBe("no-referrer");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(response.headers["cross-origin-resource-policy"]).toBe("same-origin");
    expect(response.headers["x-frame-options"]).toBe("DENY");
    expect(response.headers["permissions-policy"]).toContain("camera=()");
    expect(response.headers["permissions-policy"]).toContain("microphone=()");
    expect(response.headers["permissions-policy"]).toContain("geolocation=()");
    expect(response.headers["x-powered-by"]).toBeUndefined();
  });

  it("sends the same headers on assets and API responses", async () => {
    const app = await start();
    for (const url of ["/assets/index-abc123.js", "/api/health", "/sw.js"]) {
      const response = await app.inject({ method: "GET", url });
      expect(response.headers["content-security-policy"], url).toContain("default-src 'self'");
      expect(response.headers["x-content-type-options"], url).toBe("nosniff");
      expect(response.headers["referrer-policy"], url).toBe("no-referrer");
    }
  });

  it("adds upgrade-insecure-requests only when a trusted proxy says the request came over HTTPS", async () => {
    const app = await start({ trustProxy: "127.0.0.1" });
    const https = await app.inject({
      method: "GET",
      url: "/",
      headers: { ...html, "x-forwarded-proto": "https" },
    });
    expect(https.headers["content-security-policy"]).toContain("upgrade-insecure-requests");
    expect(https.headers["content-security-policy"]).not.toContain("unsafe-inline");
    expect(https.headers["permissions-policy"]).toContain("camera=()");
    const http = await app.inject({ method: "GET", url: "/", headers: html });
    expect(http.headers["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  });

  it("ignores X-Forwarded-Proto from a client when no proxy is trusted", async () => {
    const app = await start();
    const response = await app.inject({
      method: "GET",
      url: "/",
      headers: { ...html, "x-forwarded-proto": "https" },
    });
    expect(response.headers["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  });
});

describe("serving the web app", () => {
  it("caches hashed assets forever and revalidates everything with a stable name", async () => {
    const app = await start();
    const asset = await app.inject({ method: "GET", url: "/assets/index-abc123.js" });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["content-type"]).toMatch(/javascript/);
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    for (const url of ["/", "/sw.js", "/manifest.webmanifest"]) {
      const response = await app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["cache-control"], url).toBe("no-cache");
    }
  });

  it.each(["/journal", "/mosaic/day/2026-03-04", "/steps?from=home"])(
    "answers the client route %s with the app shell, so a reload opens the same screen",
    async (url) => {
      const app = await start();
      const response = await app.inject({ method: "GET", url, headers: html });
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toMatch(/^text\/html/);
      expect(response.headers["cache-control"]).toBe("no-cache");
      expect(response.headers["content-security-policy"]).toContain("script-src 'self'");
      expect(response.body).toBe(fakeIndexHtml);
    },
  );

  it("answers a pre-rendered route with its own page (SOS words before any script runs)", async () => {
    const app = await start();
    const sos = await app.inject({ method: "GET", url: "/sos", headers: html });
    expect(sos.statusCode).toBe(200);
    expect(sos.body).toBe(fakeSosHtml);
    expect(sos.headers["content-security-policy"]).toContain("script-src 'self'");
    // Anything that is not a plain route never reaches the file system by this path.
    for (const url of ["/sos/../index", "/SOS", "/sos.html/x"]) {
      const response = await app.inject({ method: "GET", url, headers: html });
      expect(response.body, url).not.toBe(fakeSosHtml);
    }
  });

  it("answers HEAD for a client route too", async () => {
    const app = await start();
    const response = await app.inject({ method: "HEAD", url: "/journal", headers: html });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
  });

  it("keeps a missing file a 404 instead of hiding it behind the app shell", async () => {
    const app = await start();
    const response = await app.inject({ method: "GET", url: "/assets/index-old999.js", headers: html });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).not.toMatch(/html/);
  });

  it.each(["GET", "POST", "DELETE"] as const)(
    "answers an unknown %s /api path with a JSON 404",
    async (method) => {
      const app = await start();
      const response = await app.inject({ method, url: "/api/unknown", headers: html });
      expect(response.statusCode).toBe(404);
      expect(response.headers["content-type"]).toMatch(/^application\/json/);
      expect(response.json()).toMatchObject({ error: "not_found" });
    },
  );

  it("says how to build the web app when it has not been built, and keeps the API working", async () => {
    const app = await start();
    rmSync(join(workspace.config.webDist, "index.html"));
    const page = await app.inject({ method: "GET", url: "/journal", headers: html });
    expect(page.statusCode).toBe(503);
    expect(page.body).toContain("npm run build");
    const health = await app.inject({ method: "GET", url: "/api/health" });
    expect(health.statusCode).toBe(200);
  });
});

describe("request logs", () => {
  it("write one JSON line per request with method, path, status and time, and no private details", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split("\n").filter(Boolean));
        done();
      },
    });
    const app = await start({}, { ...loggerOptions("info"), stream });
    await app.inject({
      method: "POST",
      url: "/api/unknown?q=my-secret-search",
      headers: { cookie: "session=secret-cookie", authorization: "Bearer secret-token" },
      payload: { journal: "secret-body" },
    });
    const requestLines = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === "request");
    expect(requestLines).toHaveLength(1);
    expect(requestLines[0]).toMatchObject({
      level: 30,
      method: "POST",
      url: "/api/unknown",
      statusCode: 404,
    });
    expect(typeof requestLines[0].responseTime).toBe("number");
    const all = lines.join("\n");
    for (const secret of ["my-secret-search", "secret-cookie", "secret-token", "secret-body", "127.0.0.1"]) {
      expect(all).not.toContain(secret);
    }
  });
});
