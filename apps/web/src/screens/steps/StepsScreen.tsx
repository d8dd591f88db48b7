import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";

export function StepsScreen() {
  const { t } = useTranslation();
  usePageTitle(t("nav.steps"));
  return (
    <section>
      <h1>{t("nav.steps")}</h1>
    </section>
  );
}
