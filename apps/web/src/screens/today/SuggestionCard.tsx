import type { StepRecord } from "@small-steps/core";
import { useEffect, useRef } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { CheckIcon } from "../steps/CheckIcon.tsx";
import { stepTitle } from "../steps/stepTitle.ts";

interface Props {
  step: StepRecord | undefined;
  logged: boolean;
  onLog: () => void;
  onClose: () => void;
}

/** The end of a check-in: one small step, offered, never assigned. */
export function SuggestionCard({ step, logged, onLog, onClose }: Props) {
  const { t } = useTranslation("today");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  // Focus lands here after saving, so a screen reader hears the suggestion straight away.
  useEffect(() => headingRef.current?.focus(), []);
  // The Log button goes once used; focus moves on to the next thing rather than getting lost.
  useEffect(() => {
    if (logged) closeRef.current?.focus();
  }, [logged]);
  const title = step ? stepTitle(step, t) : "";
  return (
    <section class="suggestion card stack" aria-labelledby="today-suggestion-h">
      <h2 id="today-suggestion-h" ref={headingRef} tabIndex={-1}>
        {t("suggestion.heading")}
      </h2>
      <p>{t("suggestion.thanks")}</p>
      {step ? (
        <>
          <p class="suggestion-step">{title}</p>
          {logged && (
            <p class="soft-check">
              <CheckIcon />
              {t("suggestion.logged")}
            </p>
          )}
          <div class="row">
            {!logged && (
              <button
                type="button"
                class="primary"
                onClick={onLog}
                aria-label={t("suggestion.logLabel", { title })}
              >
                {t("suggestion.log")}
              </button>
            )}
            <button type="button" ref={closeRef} onClick={onClose}>
              {t(logged ? "suggestion.close" : "suggestion.later")}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t("suggestion.none")}</p>
          <div class="row">
            <a class="button" href="/steps">
              {t("suggestion.noneLink")}
            </a>
            <button type="button" onClick={onClose}>
              {t("suggestion.close")}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
