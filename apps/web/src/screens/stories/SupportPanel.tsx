import { useEffect, useRef } from "preact/hooks";
import { useTranslation } from "react-i18next";

/**
 * ST13: shown only to the person whose story or comment read as someone in crisis, right after
 * they sent it. Calm, private, and never in the way: their words were kept either way.
 */
export function SupportPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation("stories");
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves here so a screen reader hears it at once, without an alarm sound or an alert role.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="card stack story-support" aria-labelledby="story-support-heading">
      <h2 id="story-support-heading" tabIndex={-1} ref={heading}>
        {t("support.heading")}
      </h2>
      <p>{t("support.body")}</p>
      <ul class="plain-list stack">
        <li>
          <a class="button" href="/safety-plan">
            {t("support.safetyPlan")}
          </a>
        </li>
        <li>
          <a class="button" href="/crisis-lines">
            {t("support.crisisLines")}
          </a>
        </li>
        <li>
          <a class="button" href="/sos">
            {t("support.grounding")}
          </a>
        </li>
      </ul>
      <button type="button" class="quiet" onClick={onClose}>
        {t("support.close")}
      </button>
    </section>
  );
}
