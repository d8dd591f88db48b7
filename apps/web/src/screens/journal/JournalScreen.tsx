import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";

export function JournalScreen() {
  const { t } = useTranslation();
  usePageTitle(t("nav.journal"));
  return (
    <section>
      <h1>{t("nav.journal")}</h1>
    </section>
  );
}
