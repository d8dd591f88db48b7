import { describe, expect, it } from "vitest";
import { failureText, isGone, isNotAllowed } from "./problems.ts";
import { moderationT } from "./testT.ts";

const t = moderationT();

describe("moderation problems", () => {
  it("treats signed out and no role alike: the page is for moderators", () => {
    expect(isNotAllowed({ kind: "refused", status: 401, code: "signed_out" })).toBe(true);
    expect(isNotAllowed({ kind: "refused", status: 404, code: "not_found" })).toBe(true);
    expect(isNotAllowed({ kind: "unreachable" })).toBe(false);
  });

  it("says calmly that an item was already settled", () => {
    const gone = { kind: "refused", status: 404, code: "not_found" } as const;
    expect(isGone(gone)).toBe(true);
    expect(failureText(t, gone)).toContain("already looked at this");
  });

  it("says nothing changed when the server is out of reach or refused", () => {
    expect(failureText(t, { kind: "unreachable" })).toContain("Nothing was changed");
    expect(failureText(t, { kind: "refused", status: 400, code: "invalid" })).toContain(
      "Nothing was changed",
    );
    expect(failureText(t, { kind: "unexpected", status: 500 })).toContain("Nothing was changed");
  });
});
