import type { Pattern, PatternCounts, PatternLens, SenseId, StepCategory } from "@small-steps/core";
import type { TFunction } from "i18next";
import { stepTitle } from "../steps/stepTitle.ts";
import type { StepName } from "./protocol.ts";

/**
 * The words for one pattern. Counts only, said plainly: what happened on days with it and
 * without it. Nothing here compares, ranks or explains; the person draws their own meaning.
 * Every key lives in the "insights" namespace except step titles (library, steps).
 */

function nameOf(p: Pattern, steps: ReadonlyMap<string, StepName>, t: TFunction): string {
  const step = steps.get(p.key);
  return (step && stepTitle(step, t)) || t("steps:unknownStep");
}

/** A short heading for the pattern's card. */
export function patternTitle(p: Pattern, steps: ReadonlyMap<string, StepName>, t: TFunction): string {
  switch (p.kind) {
    case "step":
      return nameOf(p, steps, t);
    case "stepCategory":
      return t(`insights:heading.stepCategory.${p.key as StepCategory}`);
    case "glimmerSense":
      return t(`insights:heading.glimmerSense.${p.key as SenseId}`);
    case "anyGlimmer":
      return t("insights:heading.anyGlimmer");
  }
}

function subject(p: Pattern, steps: ReadonlyMap<string, StepName>, t: TFunction): string {
  switch (p.kind) {
    case "step":
      return t("insights:subject.step", { title: nameOf(p, steps, t) });
    case "stepCategory":
      return t(`insights:subject.stepCategory.${p.key as StepCategory}`);
    case "glimmerSense":
      return t(`insights:subject.glimmerSense.${p.key as SenseId}`);
    case "anyGlimmer":
      return t("insights:subject.anyGlimmer");
  }
}

/** "12 of 16 days": plural on the days counted. */
export function ofDays(steady: number, days: number, t: TFunction): string {
  return t("insights:ofDays", { steady, count: days });
}

/**
 * "On days you logged “A short walk”, evening check-ins were steady on 12 of 16 days, and
 * on 9 of 20 days without."
 */
export function patternSentence(
  p: Pattern,
  lens: PatternLens,
  steps: ReadonlyMap<string, StepName>,
  t: TFunction,
): string {
  return t("insights:sentence", {
    subject: subject(p, steps, t),
    checkins: t(`insights:lens.${lens}`),
    with: ofDays(p.steadyWith, p.daysWith, t),
    without: ofDays(p.steadyWithout, p.daysWithout, t),
  });
}

/** "The day after: steady on 10 of 15 days, and 11 of 21 days without." Only with enough data. */
export function nextDaySentence(next: PatternCounts, t: TFunction): string | undefined {
  if (!next.enoughData) return undefined;
  return t("insights:nextDay", {
    with: ofDays(next.steadyWith, next.daysWith, t),
    without: ofDays(next.steadyWithout, next.daysWithout, t),
  });
}
