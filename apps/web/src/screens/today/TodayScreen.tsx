import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";

export function TodayScreen() {
  const { t } = useTranslation();
  usePageTitle(t("nav.today"));
  return (
    <section>
      <h1>{t("nav.today")}</h1>
    </section>
  );
}
