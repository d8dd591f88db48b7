import { describe, expect, it } from "vitest";
import { loadCommonPasswords } from "./commonPasswords.ts";
import { checkNewPassword, PASSWORD_MAX, passwordLength } from "./passwordPolicy.ts";

const none = new Set<string>();

describe("checkNewPassword", () => {
  it("asks for at least 8 characters, counted as a person counts them", () => {
    expect(checkNewPassword("short12", none)).toEqual({ ok: false, problem: "tooShort" });
    expect(checkNewPassword("eightchr", none)).toEqual({ ok: true, suggestLonger: true });
    // "é" typed as e + combining accent is one character, as NFC makes it.
    expect(passwordLength("caf\u0065\u0301")).toBe(4);
    expect(checkNewPassword("🌱🌱🌱🌱🌱🌱🌱", none)).toEqual({ ok: false, problem: "tooShort" });
  });

  it("suggests a longer phrase below 15 characters but accepts it", () => {
    expect(checkNewPassword("fourteen chars", none)).toEqual({ ok: true, suggestLonger: true });
    expect(checkNewPassword("fifteen chars!!", none)).toEqual({ ok: true, suggestLonger: false });
  });

  it("accepts long passphrases up to 128 characters and no more", () => {
    expect(checkNewPassword("a".repeat(64), none).ok).toBe(true);
    expect(checkNewPassword("a".repeat(PASSWORD_MAX), none).ok).toBe(true);
    expect(checkNewPassword("a".repeat(PASSWORD_MAX + 1), none)).toEqual({ ok: false, problem: "tooLong" });
  });

  it("has no composition rules: letters only, spaces and any script are fine", () => {
    expect(checkNewPassword("the heron by the canal", none).ok).toBe(true);
    expect(checkNewPassword("дождь за окном тихо", none).ok).toBe(true);
  });

  it("refuses the username as the password", () => {
    expect(checkNewPassword("Robin.Tree", none, "robin.tree")).toEqual({
      ok: false,
      problem: "sameAsUsername",
    });
  });

  it("refuses passwords on the common list, whatever their case", () => {
    const common = new Set(["password1", "iloveyou2"]);
    expect(checkNewPassword("Password1", common)).toEqual({ ok: false, problem: "common" });
    expect(checkNewPassword("password1 by the sea", common).ok).toBe(true);
  });
});

describe("loadCommonPasswords", () => {
  it("holds the well-known ones and only those long enough to matter", async () => {
    const common = await loadCommonPasswords();
    expect(common.size).toBeGreaterThan(10_000);
    for (const p of ["password", "12345678", "iloveyou", "sunshine", "qwertyuiop"]) {
      expect(checkNewPassword(p, common), p).toEqual({ ok: false, problem: "common" });
    }
    expect(common.has("123456")).toBe(false);
    expect(checkNewPassword("a heron stood by the lock gates", common).ok).toBe(true);
  });
});
