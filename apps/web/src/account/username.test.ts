import * as sync from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import { isValidUsername, normalizeUsername, USERNAME_RULE } from "./username.ts";

describe("the page's username rule", () => {
  it("is the shared one", () => {
    expect(USERNAME_RULE.source).toBe(sync.USERNAME_RULE.source);
    expect(USERNAME_RULE.flags).toBe(sync.USERNAME_RULE.flags);
    for (const name of [
      "Robin",
      " ＲＯＢＩＮ ",
      "ab",
      "a.b-c_d",
      "ünïcödé",
      "x".repeat(33),
      "with space",
      "🌱🌱🌱",
    ]) {
      expect(normalizeUsername(name), name).toBe(sync.normalizeUsername(name));
      expect(isValidUsername(name), name).toBe(sync.usernameSchema.safeParse(name).success);
    }
  });
});
