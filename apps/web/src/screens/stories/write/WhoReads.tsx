import { useTranslation } from "react-i18next";

/** Who can read what, said plainly: stories are public on this server, unlike the journal. */
export function WhoReads() {
  const { t } = useTranslation("storiesWrite");
  return (
    <section class="card stack story-who" aria-labelledby="story-who-heading">
      <h2 id="story-who-heading">{t("who.heading")}</h2>
      <p>{t("who.public")}</p>
      <p>{t("who.server")}</p>
      <p>{t("who.anonymous")}</p>
      <p>{t("who.drafts")}</p>
    </section>
  );
}
