import { useTranslation } from "react-i18next";

/**
 * The way out of any SOS step to the rest of the help: all tools, the safety plan and the
 * crisis lines are one tap away from every step, as the safety-planning guidance asks.
 */
export function SosWayfinding({ current }: { current?: "hub" | "safetyPlan" | "crisisLines" }) {
  const { t } = useTranslation("common");
  return (
    <nav class="sos-wayfinding" aria-label={t("sosNav.label")}>
      <ul>
        {current !== "hub" && (
          <li>
            <a href="/sos">{t("sosNav.allTools")}</a>
          </li>
        )}
        {current !== "safetyPlan" && (
          <li>
            <a href="/safety-plan">{t("sosNav.safetyPlan")}</a>
          </li>
        )}
        {current !== "crisisLines" && (
          <li>
            <a href="/crisis-lines">{t("sosNav.crisisLines")}</a>
          </li>
        )}
      </ul>
    </nav>
  );
}
