import { telHref } from "@small-steps/core";
import { useTranslation } from "react-i18next";

/** The local emergency number, always on the page; said plainly when it is a best guess. */
export function EmergencyCard({
  number,
  guessed,
  country,
}: {
  number: string;
  guessed: boolean;
  /** The country's name, when the number is that country's (not a guess). */
  country?: string;
}) {
  const { t } = useTranslation("crisisLines");
  return (
    <section class="card cl-emergency" aria-labelledby="cl-emergency-heading">
      <h2 id="cl-emergency-heading">{t("emergency.heading", { number })}</h2>
      {!guessed && country && <p>{t("emergency.where", { country, number })}</p>}
      <a class="button primary" href={telHref(number)}>
        {t("emergency.call", { number })}
      </a>
      {guessed && <p class="hint cl-guess">{t("emergency.guess")}</p>}
    </section>
  );
}
