import { describe, expect, it } from "vitest";
import { storyProblemOf } from "./problems.ts";

describe("stories failures", () => {
  it("read the server's codes", () => {
    expect(storyProblemOf({ kind: "unreachable" })).toEqual({ kind: "offline" });
    expect(storyProblemOf({ kind: "rateLimited", retryAfterSeconds: 30 })).toEqual({
      kind: "rateLimited",
      retryAfterSeconds: 30,
    });
    expect(storyProblemOf({ kind: "refused", status: 401, code: "signed_out" })).toEqual({
      kind: "signedOut",
    });
    expect(storyProblemOf({ kind: "refused", status: 409, code: "no_profile" })).toEqual({
      kind: "noProfile",
    });
    expect(storyProblemOf({ kind: "refused", status: 404, code: "not_found" })).toEqual({ kind: "notFound" });
    expect(storyProblemOf({ kind: "refused", status: 400, code: "invalid_body" })).toEqual({
      kind: "invalid",
    });
    expect(storyProblemOf({ kind: "refused", status: 403, code: "banned" })).toEqual({ kind: "banned" });
    expect(storyProblemOf({ kind: "unexpected", status: 500 })).toEqual({ kind: "failed" });
  });
});
