import { describe, expect, it } from "vitest";
import { actionText, shortId, targetText, whenText, whoText } from "./logWords.ts";
import { moderationT } from "./testT.ts";

const t = moderationT();
const ID = "1a2b3c4d-0000-4000-8000-000000000000";

describe("the audit log in words", () => {
  it("shortens ids to read by eye, and keeps usernames whole", () => {
    expect(shortId(ID)).toBe("1a2b3c4d");
    expect(shortId("wren")).toBe("wren");
  });

  it("names what an entry is about", () => {
    expect(targetText(t, { target: "comment", targetId: ID })).toBe("a comment (1a2b3c4d)");
    expect(targetText(t, { target: "user", targetId: ID })).toBe("a person (1a2b3c4d)");
    expect(targetText(t, { target: "user", targetId: "wren" })).toBe("wren");
  });

  it("says every action the server writes, and an unknown one as written", () => {
    expect(actionText(t, { action: "hide", target: "story", targetId: ID })).toBe("Hid a story (1a2b3c4d)");
    expect(actionText(t, { action: "dismiss", target: "comment", targetId: ID })).toBe(
      "Looked at a comment (1a2b3c4d): nothing needed",
    );
    expect(actionText(t, { action: "grant moderator", target: "user", targetId: "wren" })).toBe(
      "Made wren a moderator",
    );
    expect(
      actionText(t, { action: "holdFirstComment=true", target: "setting", targetId: "moderation" }),
    ).toBe("Turned on holding a new account's first comment");
    for (const action of ["restore", "ban", "grant admin", "revoke", "unban", "holdFirstComment=false"]) {
      expect(actionText(t, { action, target: "user", targetId: "wren" })).not.toMatch(/log\.action/);
    }
    expect(actionText(t, { action: "rename", target: "user", targetId: "wren" })).toBe("rename: wren");
  });

  it("names the admin command as such, and moderators by username", () => {
    expect(whoText(t, "admin command")).toBe("the admin command");
    expect(whoText(t, "sam")).toBe("sam");
  });

  it("gives a date and a time", () => {
    const text = whenText("2026-03-04T09:30:00.000Z", "en-GB");
    expect(text).toContain("2026");
    expect(text).toMatch(/\d{1,2}:\d{2}/);
  });
});
