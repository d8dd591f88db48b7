import { describe, expect, it } from "vitest";
import { resources } from "../../i18n/resources.ts";
import { outcomeKey, standingNote } from "./pushMessages.ts";
import type { PushProblem } from "./pushSubscription.ts";

const problems: PushProblem[] = [
  "unsupported",
  "denied",
  "dismissed",
  "failed",
  "tooMany",
  "unreachable",
  "server",
];

/** The words a key names in the push namespace. */
function words(key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], resources.en.push);
}

describe("push toggle words", () => {
  it("shows a note instead of the switch only while checking, when unsupported, or blocked", () => {
    expect(standingNote("checking")).toBe("checking");
    expect(standingNote("unsupported")).toBe("unsupported");
    expect(standingNote("denied")).toBe("denied");
    expect(standingNote("on")).toBeUndefined();
    expect(standingNote("off")).toBeUndefined();
  });

  it("has words for every outcome", () => {
    const keys = [
      outcomeKey({ ok: true, on: true }),
      outcomeKey({ ok: true, on: false }),
      ...problems.map((problem) => outcomeKey({ ok: false, problem })),
    ];
    for (const key of keys) expect(typeof words(key), key).toBe("string");
  });

  it("promises the generic notification text, word for word", () => {
    expect(resources.en.push.hint).toContain("Someone in your circle reached out");
  });
});
