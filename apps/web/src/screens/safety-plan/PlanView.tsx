import { type PlanSections, SAFETY_PLAN_SECTIONS, telHref } from "@small-steps/core";
import { useTranslation } from "react-i18next";

/** The plan to read in a hard moment: calm, plain, every number one tap from a call. */
export function PlanView({ plan }: { plan: PlanSections }) {
  const { t } = useTranslation("safetyPlan");
  return (
    <div class="stack sp-view">
      {SAFETY_PLAN_SECTIONS.map((s) => {
        const items = plan[s];
        const headingId = `sp-view-${s}`;
        return (
          <section key={s} class="card sp-section" aria-labelledby={headingId}>
            <h2 id={headingId}>{t(`sections.${s}.heading`)}</h2>
            {items.length === 0 ? (
              <>
                <p class="hint sp-nothing">{t("view.nothingYet")}</p>
                {/* On paper, an empty part becomes lines to write on by hand. */}
                <div class="sp-write-lines" aria-hidden="true">
                  <span />
                  <span />
                  <span />
                </div>
              </>
            ) : (
              <ul class="sp-items">
                {items.map((item, i) => (
                  <li key={`${i}-${item.text}`}>
                    <span class="sp-item-text">{item.text}</span>
                    {item.phone && (
                      <a class="sp-phone" href={telHref(item.phone)}>
                        <span class="visually-hidden">{t("view.call", { name: item.text })} </span>
                        {item.phone}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
