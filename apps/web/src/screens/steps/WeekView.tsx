import { dayKeyToDate, type StepLogRecord, type StepRecord, stepLogsByWeekDay } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { stepTitle } from "./stepTitle.ts";

interface Props {
  today: string;
  logs: StepLogRecord[];
  stepsById: Map<string, StepRecord>;
}

/**
 * The week as what was done. Days without logs are simply quiet: no marks, no warnings,
 * nothing that reads as missed.
 */
export function WeekView({ today, logs, stepsById }: Props) {
  const { t, i18n } = useTranslation("steps");
  const dayName = new Intl.DateTimeFormat(i18n.language, { weekday: "long" });
  const count = logs.length;
  return (
    <section class="card stack" aria-labelledby="steps-week-h">
      <h2 id="steps-week-h">{t("week.heading")}</h2>
      <p class="week-count">{count > 0 ? t("week.count", { count }) : t("week.none")}</p>
      <ol class="week-days">
        {stepLogsByWeekDay(logs, today).map(({ day, logs: dayLogs }) => (
          <li key={day} class={day === today ? "week-day is-today" : "week-day"}>
            <span class="week-day-name">
              {dayName.format(dayKeyToDate(day))}
              {day === today && <span class="week-today"> ({t("week.today")})</span>}
            </span>
            {dayLogs.length > 0 && (
              <ul class="week-day-steps">
                {dayLogs.map((log) => {
                  const step = stepsById.get(log.stepId);
                  return <li key={log.id}>{step ? stepTitle(step, t) : t("unknownStep")}</li>;
                })}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
