import type { StepRecord } from "@small-steps/core";
import type { TFunction } from "i18next";

/**
 * A library step speaks in the person's language until they rename it; then their own
 * words win. Today and Steps both show titles, so the rule lives in one place.
 */
export function stepTitle(step: Pick<StepRecord, "title" | "libraryKey">, t: TFunction): string {
  if (step.title) return step.title;
  return step.libraryKey ? t(`library:${step.libraryKey}`) : "";
}
