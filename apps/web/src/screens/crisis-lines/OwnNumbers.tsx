import { type OwnNumber, smsHref, telHref } from "@small-steps/core";
import { useTranslation } from "react-i18next";

/**
 * The person's own numbers, from their safety plan, before any public line. `own` is
 * undefined while the store answers (and in the static page): the heading holds the place.
 */
export function OwnNumbers({ own }: { own: OwnNumber[] | undefined }) {
  const { t } = useTranslation("crisisLines");
  return (
    <section class="stack cl-own" aria-labelledby="cl-own-heading">
      <h2 id="cl-own-heading">{t("own.heading")}</h2>
      {own &&
        (own.length === 0 ? (
          <p>
            {t("own.none")} <a href="/safety-plan">{t("own.addLink")}</a>
          </p>
        ) : (
          <ul class="plain-list">
            {own.map((o) => (
              <li key={`${o.section}-${o.phone}`} class="card cl-line">
                <h3 class="cl-line-name">{o.text}</h3>
                <div class="row cl-actions">
                  <a class="button primary" href={telHref(o.phone)}>
                    {t("own.call", { name: o.text, phone: o.phone })}
                  </a>
                  {o.section === "helpers" && (
                    <a class="button" href={smsHref(o.phone)}>
                      {t("own.text", { name: o.text })}
                    </a>
                  )}
                </div>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
