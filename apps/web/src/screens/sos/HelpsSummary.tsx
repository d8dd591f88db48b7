import { distressSummary, MIN_RATED_FOR_SUMMARY } from "@small-steps/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";

/** "eased by 2.5 points on average", in words that neither praise nor blame. */
function changeWords(t: TFunction<"sos">, change: number, format: (n: number) => string): string {
  if (change === 0) return t("hub.same");
  if (change === 1) return t("hub.easedOne");
  if (change === -1) return t("hub.roseOne");
  return change > 0 ? t("hub.eased", { points: format(change) }) : t("hub.rose", { points: format(-change) });
}

/**
 * What tends to help, from the person's own before/after ratings. Shown only once there are
 * a couple of rated visits, so one hard evening is never turned into a pattern.
 */
export function HelpsSummary() {
  const { t, i18n } = useTranslation("sos");
  const sessions = useLiveQuery(() => db.sosSessions.toArray(), []);
  if (!sessions) return null;
  const summary = distressSummary(sessions);
  if (summary.rated < MIN_RATED_FOR_SUMMARY) return null;
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const format = (n: number) => number.format(n);
  return (
    <section class="card stack sos-helps" aria-labelledby="sos-helps-h">
      <h2 id="sos-helps-h">{t("hub.helpsHeading")}</h2>
      <p>
        {t("hub.helpsOverall", {
          count: summary.rated,
          change: changeWords(t, summary.averageChange, format),
        })}
      </p>
      {summary.byTool.length > 0 && (
        <ul class="sos-helps-tools">
          {summary.byTool.map((row) => (
            <li key={row.tool}>
              {t("hub.helpsTool", {
                tool: t(`tools.${row.tool}`),
                count: row.rated,
                change: changeWords(t, row.averageChange, format),
              })}
            </li>
          ))}
        </ul>
      )}
      <p class="hint">{t("hub.helpsNote")}</p>
    </section>
  );
}
