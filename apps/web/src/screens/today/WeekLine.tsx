import { countStepsThisWeek } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { useWeekStepLogs } from "./data.ts";

/** One gentle line about the week: what was done, or an invitation. Never what wasn't. */
export function WeekLine({ today }: { today: string }) {
  const { t } = useTranslation("today");
  const logs = useWeekStepLogs(today);
  // While the week is read from the device, hold the line's space so nothing below it jumps.
  if (!logs)
    return (
      <p class="week-line" aria-hidden="true">
        &nbsp;
      </p>
    );
  const count = countStepsThisWeek(logs, today);
  return (
    <p class="week-line">
      {count > 0 ? t("week.count", { count }) : t("week.none")} <a href="/steps">{t("week.link")}</a>
    </p>
  );
}
