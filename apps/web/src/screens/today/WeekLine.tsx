import { countStepsThisWeek } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { useWeekStepLogs } from "./data.ts";

/** One gentle line about the week: what was done, or an invitation. Never what wasn't. */
export function WeekLine({ today }: { today: string }) {
  const { t } = useTranslation("today");
  const logs = useWeekStepLogs(today);
  if (!logs) return null;
  const count = countStepsThisWeek(logs, today);
  return (
    <p class="week-line">
      {count > 0 ? t("week.count", { count }) : t("week.none")} <a href="/steps">{t("week.link")}</a>
    </p>
  );
}
