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
});
