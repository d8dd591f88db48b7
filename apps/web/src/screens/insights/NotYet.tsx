import { useTranslation } from "react-i18next";
import type { InsightsResult } from "./protocol.ts";

/** Nothing to say yet: an invitation, and about how many more days would help. */
export function NotYet({ result }: { result: InsightsResult }) {
  const { t } = useTranslation("insights");
  return (
    <section class="card insights-not-yet" aria-labelledby="insights-not-yet-heading">
      <h2 id="insights-not-yet-heading">{t("empty.heading")}</h2>
      <p>{t("empty.body")}</p>
      <p>{t("empty.more", { count: result.daysToFirst })}</p>
      <p class="hint">{t("empty.place")}</p>
      {result.range !== "all" && result.hasEarlier && <p>{t("empty.longer")}</p>}
    </section>
  );
}
