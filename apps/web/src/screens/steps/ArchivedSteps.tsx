import type { StepRecord } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { stepTitle } from "./stepTitle.ts";

interface Props {
  steps: StepRecord[];
  onRestore: (step: StepRecord) => void;
}

/** Archived steps rest out of the way, closed by default, and come back with one tap. */
export function ArchivedSteps({ steps, onRestore }: Props) {
  const { t } = useTranslation("steps");
  return (
    <details class="archived card">
      <summary id="steps-archived-summary">{t("archived.heading", { count: steps.length })}</summary>
      <p class="hint">{t("archived.hint")}</p>
      <ul class="step-list">
        {steps.map((s) => {
          const title = stepTitle(s, t);
          return (
            <li key={s.id} class="step-item">
              <span class="step-title">{title}</span>
              <button
                type="button"
                onClick={() => onRestore(s)}
                aria-label={t("archived.restoreLabel", { title })}
              >
                {t("archived.restore")}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
