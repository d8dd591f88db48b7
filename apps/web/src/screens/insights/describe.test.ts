import { type Pattern, SENSES, STEP_CATEGORIES, STEP_LIBRARY } from "@small-steps/core";
import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import insights from "../../i18n/locales/en/insights.json";
import library from "../../i18n/locales/en/library.json";
import steps from "../../i18n/locales/en/steps.json";
import { nextDaySentence, patternSentence, patternTitle } from "./describe.ts";
import type { StepName } from "./protocol.ts";

const i18n = i18next.createInstance();
let t: TFunction;
beforeAll(async () => {
  t = await i18n.init({
    lng: "en",
    resources: { en: { insights, library, steps } },
    defaultNS: "insights",
    interpolation: { escapeValue: false },
  });
});

const walk = STEP_LIBRARY.find((s) => s.key === "shortWalk")!;
const names = new Map<string, StepName>([
  [walk.id, { id: walk.id, libraryKey: "shortWalk" }],
  ["own", { id: "own", title: "Water the plant", libraryKey: undefined }],
]);
const counts = (daysWith: number, steadyWith: number, daysWithout: number, steadyWithout: number) => ({
  daysWith,
  steadyWith,
  daysWithout,
  steadyWithout,
  enoughData: true,
});
const pattern = (kind: Pattern["kind"], key: string, next = counts(15, 10, 21, 11)): Pattern => ({
  kind,
  key,
  ...counts(16, 12, 20, 9),
  nextDay: next,
});

describe("pattern sentences", () => {
  it("say the counts plainly, with the lens's check-ins", () => {
    expect(patternSentence(pattern("step", walk.id), "evening", names, t)).toBe(
      "On days you logged “A short walk”, evening check-ins were steady on 12 of 16 days, and on 9 of 20 days without.",
    );
    expect(patternSentence(pattern("glimmerSense", "hear"), "allDay", names, t)).toBe(
      "On days you kept a glimmer you heard, check-ins were steady on 12 of 16 days, and on 9 of 20 days without.",
    );
    expect(nextDaySentence(pattern("step", walk.id).nextDay, t)).toBe(
      "The day after: steady on 10 of 15 days, and 11 of 21 days without.",
    );
  });

  it("use the person's own title, and singular for one day", () => {
    const p = { ...pattern("step", "own"), daysWithout: 1, steadyWithout: 1 };
    expect(patternSentence(p, "allDay", names, t)).toContain("“Water the plant”");
    expect(patternSentence(p, "allDay", names, t)).toContain("on 1 of 1 day without.");
    expect(patternTitle(p, names, t)).toBe("Water the plant");
  });

  it("leave out the day after when it has too little to say", () => {
    expect(nextDaySentence({ ...counts(3, 1, 30, 10), enoughData: false }, t)).toBeUndefined();
  });

  it("have words for every kind of step and every sense, and none that judge or explain", () => {
    const all: Pattern[] = [
      pattern("step", walk.id),
      pattern("anyGlimmer", "any"),
      ...STEP_CATEGORIES.map((c) => pattern("stepCategory", c)),
      ...SENSES.map((s) => pattern("glimmerSense", s)),
    ];
    for (const p of all) {
      const words = [
        patternTitle(p, names, t),
        patternSentence(p, "evening", names, t),
        nextDaySentence(p.nextDay, t),
      ].join(" ");
      expect(words, p.key).not.toMatch(/insights:|subject\.|heading\./);
      expect(words, p.key).not.toMatch(/\b(better|worse|improve\w*|caus\w*|score\w*|should|helps?)\b/i);
    }
  });
});
