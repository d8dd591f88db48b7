import { useTranslation } from "react-i18next";

/**
 * Brought at once, and gently, by any PHQ-9 item 9 answer above "Not at all". Calm words and
 * the two ways to help, never an alarm: the steady SOS plum, no red, no exclamation marks.
 */
export function SafetyCard({ headingLevel }: { headingLevel: 2 | 3 }) {
  const { t } = useTranslation("measures");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section class="card measure-safety" aria-labelledby="measure-safety-heading">
      <Heading id="measure-safety-heading">{t("safety.heading")}</Heading>
      <p>{t("safety.body")}</p>
      <ul class="measure-safety-links">
        <li>
          <a class="button" href="/safety-plan">
            {t("safety.safetyPlan")}
          </a>
        </li>
        <li>
          <a class="button" href="/crisis-lines">
            {t("safety.crisisLines")}
          </a>
        </li>
      </ul>
      <p>{t("safety.now")}</p>
    </section>
  );
}
