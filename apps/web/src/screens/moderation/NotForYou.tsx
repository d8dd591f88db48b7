import { useTranslation } from "react-i18next";

/**
 * For everyone without the role (or signed out): calm words, like a page that is not here. The
 * server answers 404 to them anyway (ST17); nothing suggests they did anything wrong.
 */
export function NotForYou() {
  const { t } = useTranslation("moderation");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("notForYou.body")}</p>
      <p class="hint">{t("notForYou.more")}</p>
      <p>
        <a href="/">{t("notForYou.home")}</a>
      </p>
    </>
  );
}
