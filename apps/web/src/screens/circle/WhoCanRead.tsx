import { useTranslation } from "react-i18next";

/** docs/circle.md "Who can read what", in plain words: what stays sealed, and what the server sees. */
export function WhoCanRead() {
  const { t } = useTranslation("circle");
  return (
    <section class="card stack circle-privacy" aria-labelledby="circle-privacy-heading">
      <h2 id="circle-privacy-heading">{t("privacy.heading")}</h2>
      <p>{t("privacy.words")}</p>
      <p>{t("privacy.server")}</p>
      <p>{t("privacy.push")}</p>
      <p>{t("privacy.code")}</p>
    </section>
  );
}
