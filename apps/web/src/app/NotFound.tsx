import { useTranslation } from "react-i18next";
import { usePageTitle } from "./usePageTitle.ts";

export function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t("notFound.title"));
  return (
    <section>
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <a href="/">{t("notFound.home")}</a>
      </p>
    </section>
  );
}
