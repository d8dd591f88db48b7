import {
  accountResponse,
  apiError,
  preloginResponse,
  recoverStartResponse,
  sessionsResponse,
} from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import { createAccount } from "./flows.ts";
import {
  accountResponseWire,
  apiErrorWire,
  preloginResponseWire,
  recoverStartResponseWire,
  sessionsResponseWire,
} from "./wire.ts";

describe("the page's reading of the account API", { timeout: 30_000 }, () => {
  it("accepts what the shared schemas accept, keeping the bundle as sent", async () => {
    const m = await createAccount("a heron by the lock gates");
    const account = {
      user: { username: "robin", createdAt: "2026-03-01T10:00:00.000Z" },
      kdf: m.kdf,
      keys: m.keys,
    };
    expect(accountResponseWire.parse(account)).toEqual(accountResponse.parse(account));
    expect(preloginResponseWire.parse({ kdf: m.kdf })).toEqual(preloginResponse.parse({ kdf: m.kdf }));
    expect(recoverStartResponseWire.parse({ keys: m.keys })).toEqual(
      recoverStartResponse.parse({ keys: m.keys }),
    );
    const sessions = {
      sessions: [{ id: "s1", current: true, createdAt: "x", lastSeenAt: "y", label: "Firefox on Linux" }],
    };
    expect(sessionsResponseWire.parse(sessions)).toEqual(sessionsResponse.parse(sessions));
    const error = { error: "rate_limited", message: "Too many tries", retryAfterSeconds: 30 };
    expect(apiErrorWire.parse(error)).toEqual(apiError.parse(error));
  });

  it("refuses answers that are not the shape at all", () => {
    expect(accountResponseWire.safeParse({ user: { username: "robin" } }).success).toBe(false);
    expect(
      accountResponseWire.safeParse({ user: { username: "r", createdAt: "x" }, kdf: {}, keys: 1 }).success,
    ).toBe(false);
    expect(sessionsResponseWire.safeParse({ sessions: [{ id: 1 }] }).success).toBe(false);
  });
});
