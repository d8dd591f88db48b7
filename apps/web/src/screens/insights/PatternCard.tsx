import type { Pattern, PatternLens } from "@small-steps/core";
import type { Ref } from "preact";
import { useTranslation } from "react-i18next";
import { nextDaySentence, ofDays, patternSentence, patternTitle } from "./describe.ts";
import type { StepName } from "./protocol.ts";

interface Props {
  /** Given to the card that focus should be able to land on. */
  itemRef?: Ref<HTMLLIElement> | undefined;
  pattern: Pattern;
  lens: PatternLens;
  steps: ReadonlyMap<string, StepName>;
}

/**
 * One pattern: its sentence first (the whole meaning, in words), then two plain bars that
 * show the same counts at a glance. The bars carry their counts as text and are hidden from
 * assistive technology, which already has the sentence.
 */
export function PatternCard({ pattern, lens, steps, itemRef }: Props) {
  const { t } = useTranslation(["insights", "library", "steps"]);
  const next = nextDaySentence(pattern.nextDay, t);
  return (
    <li
      class="card insights-pattern"
      data-pattern={`${pattern.kind}:${pattern.key}`}
      ref={itemRef}
      tabIndex={itemRef ? -1 : undefined}
    >
      <h3>{patternTitle(pattern, steps, t)}</h3>
      <p class="insights-sentence">{patternSentence(pattern, lens, steps, t)}</p>
      {next && <p class="insights-next">{next}</p>}
      <div class="insights-bars" aria-hidden="true">
        <Bar label={t("bars.with")} steady={pattern.steadyWith} days={pattern.daysWith} />
        <Bar label={t("bars.without")} steady={pattern.steadyWithout} days={pattern.daysWithout} />
      </div>
    </li>
  );
}

function Bar({ label, steady, days }: { label: string; steady: number; days: number }) {
  const { t } = useTranslation("insights");
  const share = days > 0 ? (steady / days) * 100 : 0;
  return (
    <div class="insights-bar">
      <span class="insights-bar-label">{label}</span>
      <span class="insights-bar-track">
        <span class="insights-bar-fill" style={{ width: `${share}%` }} />
      </span>
      <span class="insights-bar-count">{ofDays(steady, days, t)}</span>
    </div>
  );
}
