import { describe, expect, it } from "vitest";
import type { NeedId } from "./records/checkin.ts";
import type { StepCategory } from "./records/step.ts";
import { RECENT_LOG_HOURS, type SuggestableStep, suggestStep } from "./suggestion.ts";

const step = (
  id: string,
  category: StepCategory,
  needs: NeedId[] = [],
  extra: Partial<SuggestableStep> = {},
): SuggestableStep => ({ id, category, needs, archived: false, deleted: false, ...extra });

const now = new Date("2024-03-05T15:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();
const base = { needs: {}, recentLogs: [], now, seed: "seed" };

/** Every step the rule could pick for a given input, found by trying many seeds. */
function reachable(input: Omit<Parameters<typeof suggestStep>[0], "seed">): Set<string | undefined> {
  const ids = new Set<string | undefined>();
  for (let seed = 0; seed < 200; seed++) ids.add(suggestStep({ ...input, seed })?.id);
  return ids;
}

describe("suggestStep: which steps can be drawn", () => {
  it("suggests nothing when the person has no steps", () => {
    expect(suggestStep({ ...base, steps: [] })).toBeUndefined();
  });

  it("suggests nothing when every step is archived or deleted", () => {
    const steps = [step("a", "body", [], { archived: true }), step("b", "home", [], { deleted: true })];
    expect(suggestStep({ ...base, steps })).toBeUndefined();
  });

  it("never draws an archived or deleted step", () => {
    const steps = [
      step("a", "body", [], { archived: true }),
      step("b", "home", [], { deleted: true }),
      step("c", "rest"),
    ];
    expect(reachable({ ...base, steps })).toEqual(new Set(["c"]));
  });

  it("draws from every step alike when nothing was answered", () => {
    const steps = [step("a", "body"), step("b", "home"), step("c", "rest")];
    expect(reachable({ ...base, steps })).toEqual(new Set(["a", "b", "c"]));
  });
});

describe("suggestStep: needs named but not yet met", () => {
  it("prefers a step that answers a need marked 'not now'", () => {
    const steps = [
      step("walk", "outside", ["movement"]),
      step("water", "body", ["water"]),
      step("bed", "home"),
    ];
    expect(reachable({ ...base, steps, needs: { water: "notNow" } })).toEqual(new Set(["water"]));
  });

  it("shares the draw between steps that answer any 'not now' need", () => {
    const steps = [step("water", "body", ["water"]), step("food", "body", ["food"]), step("bed", "home")];
    const needs = { water: "notNow", food: "notNow" } as const;
    expect(reachable({ ...base, steps, needs })).toEqual(new Set(["water", "food"]));
  });

  it("sets aside a step whose needs were all already met", () => {
    const steps = [step("water", "body", ["water"]), step("bed", "home")];
    expect(reachable({ ...base, steps, needs: { water: "done" } })).toEqual(new Set(["bed"]));
  });

  it("keeps a step that still answers one unmet need", () => {
    const steps = [step("tea", "body", ["water", "warmth"]), step("bed", "home", ["rest"])];
    const needs = { water: "done", warmth: "notNow", rest: "done" } as const;
    expect(reachable({ ...base, steps, needs })).toEqual(new Set(["tea"]));
  });

  it("still suggests a met-need step when it is the only one", () => {
    const steps = [step("water", "body", ["water"])];
    expect(suggestStep({ ...base, steps, needs: { water: "done" } })?.id).toBe("water");
  });
});

describe("suggestStep: where the person is", () => {
  const steps = [
    step("rest", "rest"),
    step("body", "body"),
    step("outside", "outside"),
    step("home", "home"),
    step("moveHome", "home", ["movement"]),
    step("restConnection", "connection", ["rest"]),
  ];

  it("when overwhelmed, prefers rest and body steps", () => {
    expect(reachable({ ...base, steps, place: "overwhelmed" })).toEqual(
      new Set(["rest", "body", "restConnection"]),
    );
  });

  it("when shut down, prefers gentle body, outside and movement steps", () => {
    expect(reachable({ ...base, steps, place: "shutDown" })).toEqual(
      new Set(["body", "outside", "moveHome"]),
    );
  });

  it("when steady, has no preference", () => {
    expect(reachable({ ...base, steps, place: "steady" }).size).toBe(steps.length);
  });

  it("lets a named need outweigh the place", () => {
    const mixed = [step("rest", "rest"), step("call", "connection", ["warmth"])];
    expect(reachable({ ...base, steps: mixed, place: "overwhelmed", needs: { warmth: "notNow" } })).toEqual(
      new Set(["call"]),
    );
  });

  it("prefers a step that fits both the need and the place", () => {
    const mixed = [step("walk", "outside", ["movement"]), step("stretchHome", "home", ["movement"])];
    expect(reachable({ ...base, steps: mixed, place: "shutDown", needs: { movement: "notNow" } })).toEqual(
      new Set(["walk", "stretchHome"]),
    );
    const restful = [step("walk", "outside", ["movement"]), step("stretch", "body", ["movement"])];
    expect(
      reachable({ ...base, steps: restful, place: "overwhelmed", needs: { movement: "notNow" } }),
    ).toEqual(new Set(["stretch"]));
  });
});

describe("suggestStep: recently logged steps", () => {
  const steps = [step("a", "body"), step("b", "body")];

  it("avoids a step logged in the last few hours", () => {
    const recentLogs = [{ stepId: "a", at: hoursAgo(1) }];
    expect(reachable({ ...base, steps, recentLogs })).toEqual(new Set(["b"]));
  });

  it("may suggest it again once the window has passed", () => {
    const recentLogs = [{ stepId: "a", at: hoursAgo(RECENT_LOG_HOURS + 0.5) }];
    expect(reachable({ ...base, steps, recentLogs })).toEqual(new Set(["a", "b"]));
  });

  it("ignores a log that was undone (deleted)", () => {
    const recentLogs = [{ stepId: "a", at: hoursAgo(1), deleted: true }];
    expect(reachable({ ...base, steps, recentLogs })).toEqual(new Set(["a", "b"]));
  });

  it("falls back to recent steps rather than suggesting nothing", () => {
    const recentLogs = [
      { stepId: "a", at: hoursAgo(1) },
      { stepId: "b", at: hoursAgo(2) },
    ];
    expect(reachable({ ...base, steps, recentLogs })).toEqual(new Set(["a", "b"]));
  });

  it("sets aside recent steps before weighing needs", () => {
    const both = [step("water", "body", ["water"]), step("bed", "home")];
    const recentLogs = [{ stepId: "water", at: hoursAgo(1) }];
    expect(suggestStep({ ...base, steps: both, recentLogs, needs: { water: "notNow" } })?.id).toBe("bed");
  });
});

describe("suggestStep: determinism", () => {
  const steps = "abcdefghij".split("").map((id) => step(id, "body"));

  it("gives the same step for the same seed", () => {
    const first = suggestStep({ ...base, steps, seed: "checkin-1" });
    for (let i = 0; i < 5; i++) expect(suggestStep({ ...base, steps, seed: "checkin-1" })).toBe(first);
  });

  it("does not depend on the order the steps arrive in", () => {
    const reversed = [...steps].reverse();
    for (const seed of ["x", "y", 7, 42]) {
      expect(suggestStep({ ...base, steps: reversed, seed })?.id).toBe(
        suggestStep({ ...base, steps, seed })?.id,
      );
    }
  });

  it("spreads different seeds across the steps", () => {
    expect(reachable({ ...base, steps }).size).toBe(steps.length);
  });

  it("returns the caller's own step object", () => {
    const only = step("only", "rest");
    expect(suggestStep({ ...base, steps: [only] })).toBe(only);
  });
});
