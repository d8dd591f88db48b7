import { latestTryBeforeNext, type TherapySessionRecord } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { longDay } from "../../ui/dates.ts";

/** The latest "one thing to try", as a gentle reminder; nothing shows when there is none. */
export function TryNextReminder({ sessions }: { sessions: readonly TherapySessionRecord[] | undefined }) {
  const { t, i18n } = useTranslation("therapy");
  const latest = sessions ? latestTryBeforeNext(sessions) : undefined;
  if (!latest?.tryBeforeNext) return null;
  return (
    <section class="card try-next" aria-labelledby="try-next-heading" data-testid="therapy-try-next">
      <h2 id="try-next-heading">{t("tryNext.heading")}</h2>
      <p class="therapy-text try-next-text">{latest.tryBeforeNext}</p>
      <p class="hint">{t("tryNext.from", { date: longDay(latest.day, i18n.language) })}</p>
    </section>
  );
}
