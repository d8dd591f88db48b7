import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, repoRoot } from "./config.ts";

describe("loadConfig", () => {
  it("uses private, repository-anchored defaults", () => {
    const config = loadConfig({}, "/somewhere/else");
    expect(config).toEqual({
      port: 8080,
      host: "127.0.0.1",
      dataDir: join(repoRoot, "data"),
      webDist: join(repoRoot, "apps/web/dist"),
      logLevel: "info",
      trustProxy: false,
      cookieSecure: true,
      sessionIdleDays: 30,
      sessionMaxDays: 180,
    });
  });

  it("reads PORT, HOST and LOG_LEVEL, and resolves relative folders against the starting directory", () => {
    const config = loadConfig(
      { PORT: "4305", HOST: "0.0.0.0", DATA_DIR: "my-data", WEB_DIST: "/srv/web", LOG_LEVEL: "warn" },
      "/home/me",
    );
    expect(config.port).toBe(4305);
    expect(config.host).toBe("0.0.0.0");
    expect(config.dataDir).toBe("/home/me/my-data");
    expect(config.webDist).toBe("/srv/web");
    expect(config.logLevel).toBe("warn");
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ PORT: "", DATA_DIR: "" }, "/x").port).toBe(8080);
  });

  it.each(["abc", "0", "70000", "80.5", "-1"])("explains a bad PORT (%s) in one sentence", (port) => {
    expect(() => loadConfig({ PORT: port })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: port })).toThrow(
      `PORT must be a whole number between 1 and 65535 (it is "${port}").`,
    );
  });

  it("explains a bad LOG_LEVEL", () => {
    expect(() => loadConfig({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL must be one of fatal, error/);
  });

  it("accepts TRUST_PROXY as true, false or proxy addresses, and rejects anything else", () => {
    expect(loadConfig({ TRUST_PROXY: "true" }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: "FALSE" }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: "127.0.0.1, 10.0.0.0/8, loopback, ::1" }).trustProxy).toBe(
      "127.0.0.1, 10.0.0.0/8, loopback, ::1",
    );
    expect(() => loadConfig({ TRUST_PROXY: "1" })).toThrow(/TRUST_PROXY must be true, false/);
    expect(() => loadConfig({ TRUST_PROXY: "proxy.example" })).toThrow(ConfigError);
  });

  it("reads DATABASE_URL for PostgreSQL and never repeats it in an error", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u:p@db:5432/small" }).databaseUrl).toBe(
      "postgres://u:p@db:5432/small",
    );
    expect(loadConfig({ DATABASE_URL: "postgresql://u@db/small" }).databaseUrl).toBe(
      "postgresql://u@db/small",
    );
    for (const bad of ["mysql://u:hunter2@db/small", "not a url", "sqlite:///x.db"]) {
      expect(() => loadConfig({ DATABASE_URL: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ DATABASE_URL: bad })).toThrow(/DATABASE_URL must be a PostgreSQL address/);
      try {
        loadConfig({ DATABASE_URL: bad });
      } catch (error) {
        expect(String(error)).not.toContain("hunter2");
      }
    }
  });

  it("reads COOKIE_SECURE and the session timeouts", () => {
    const config = loadConfig({ COOKIE_SECURE: "False", SESSION_IDLE_DAYS: "7", SESSION_MAX_DAYS: "90" });
    expect(config.cookieSecure).toBe(false);
    expect(config.sessionIdleDays).toBe(7);
    expect(config.sessionMaxDays).toBe(90);
    expect(() => loadConfig({ COOKIE_SECURE: "yes" })).toThrow(/COOKIE_SECURE must be true or false/);
    expect(() => loadConfig({ SESSION_IDLE_DAYS: "0" })).toThrow(/SESSION_IDLE_DAYS must be a whole number/);
    expect(() => loadConfig({ SESSION_MAX_DAYS: "1.5" })).toThrow(/SESSION_MAX_DAYS must be a whole number/);
  });

  it("reads PUSH_SUBJECT as a mailto: address or an https: page, and nothing else", () => {
    expect(loadConfig({}).pushSubject).toBeUndefined();
    expect(loadConfig({ PUSH_SUBJECT: "mailto:admin@example.org" }).pushSubject).toBe(
      "mailto:admin@example.org",
    );
    expect(loadConfig({ PUSH_SUBJECT: "https://steps.example.org/contact" }).pushSubject).toBe(
      "https://steps.example.org/contact",
    );
    for (const bad of ["admin@example.org", "http://steps.example.org", "https://localhost", "mailto:"]) {
      expect(() => loadConfig({ PUSH_SUBJECT: bad })).toThrow(/PUSH_SUBJECT must be a mailto: address/);
    }
  });
});
