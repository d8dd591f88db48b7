import { MEASURE_IDS, MEASURE_TEXT } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { updateSettings } from "../../settings/useSettings.ts";
import { useReminders, useResultsByMeasure } from "./data.ts";
import { focusWhenShown } from "./focus.ts";
import { DueReminders, MeasureCards } from "./MeasureCards.tsx";
import { ResultsSection } from "./ResultsSection.tsx";

/** Self-measures turned on: due reminders, the three cards, results and trends, credits. */
export function Overview() {
  const { t } = useTranslation("measures");
  const results = useResultsByMeasure();
  const reminders = useReminders();
  if (!results || !reminders) return null;

  const turnOff = () => {
    // The explanation and its "Turn on" button replace this page; keep the keyboard with them.
    focusWhenShown("measures-turn-on");
    updateSettings({ measures: false });
  };

  return (
    <>
      <p>{t("intro")}</p>
      <DueReminders results={results} reminders={reminders} />
      <MeasureCards results={results} reminders={reminders} />
      <ResultsSection results={results} />
      <section aria-labelledby="measures-about-heading" class="stack measure-about">
        <h2 id="measures-about-heading">{t("about.heading")}</h2>
        <p>{t("about.what")}</p>
        <ul class="plain-list">
          {MEASURE_IDS.map((id) => (
            <li key={id}>
              <p class="measure-credit-title">{MEASURE_TEXT[id].title}</p>
              <p class="hint measure-credit">{MEASURE_TEXT[id].credit}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="measures-off-heading" class="stack">
        <h2 id="measures-off-heading">{t("turnOff.heading")}</h2>
        <p>{t("turnOff.body")}</p>
        <p>
          <button type="button" onClick={turnOff}>
            {t("turnOff.button")}
          </button>
        </p>
      </section>
    </>
  );
}
