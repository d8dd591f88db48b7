import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";

export function GlimmersScreen() {
  const { t } = useTranslation();
  usePageTitle(t("nav.glimmers"));
  return (
    <section>
      <h1>{t("nav.glimmers")}</h1>
    </section>
  );
}
