import { useTranslation } from "react-i18next";

/** Said plainly before anyone makes an account: who can read what, and that there is no reset. */
export function Privacy() {
  const { t } = useTranslation("account");
  return (
    <section class="card stack" aria-labelledby="account-privacy-heading">
      <h2 id="account-privacy-heading">{t("privacy.heading")}</h2>
      <p>{t("privacy.password")}</p>
      <p>{t("privacy.server")}</p>
    </section>
  );
}
