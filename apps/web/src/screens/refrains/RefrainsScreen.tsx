import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";

export function RefrainsScreen() {
  const { t } = useTranslation();
  usePageTitle(t("nav.refrains"));
  return (
    <section>
      <h1>{t("nav.refrains")}</h1>
    </section>
  );
}
