import type { TFunction } from "i18next";
import type { CircleProblem } from "../../circle/engine.ts";
import { waitWords } from "../account/problems.ts";

/** Every circle problem in calm words: what happened and what the person could do, never blame. */
export function problemText(t: TFunction, p: CircleProblem): string {
  if (p.kind === "rateLimited") {
    return p.retryAfterSeconds === null
      ? t("circle:problems.rateLimitedSoon")
      : t("circle:problems.rateLimited", { time: waitWords(t, p.retryAfterSeconds) });
  }
  return t(`circle:problems.${p.kind}`);
}
