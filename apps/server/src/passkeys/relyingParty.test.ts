import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config.ts";
import { PRF_SALT } from "./relyingParty.ts";

describe("RP_ID", () => {
  it("is optional, and read as a lower-case domain name", () => {
    expect(loadConfig({}, "/tmp").rpId).toBeUndefined();
    expect(loadConfig({ RP_ID: " Steps.Example.org " }, "/tmp").rpId).toBe("steps.example.org");
    expect(loadConfig({ RP_ID: "localhost" }, "/tmp").rpId).toBe("localhost");
  });

  it("refuses an IP address or something that is not a domain name", () => {
    for (const bad of ["127.0.0.1", "::1", "https://steps.example.org", "steps..example.org", "-steps.org"]) {
      expect(() => loadConfig({ RP_ID: bad }, "/tmp"), bad).toThrow(ConfigError);
    }
  });
});

describe("PRF_SALT", () => {
  it("is SHA-256 of its versioned label, 32 bytes as base64url (docs/crypto.md C23)", () => {
    expect(PRF_SALT).toBe(createHash("sha256").update("small-steps/passkey-prf/v1").digest("base64url"));
    expect(Buffer.from(PRF_SALT, "base64url")).toHaveLength(32);
    expect(PRF_SALT).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
