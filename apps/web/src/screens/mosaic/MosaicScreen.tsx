import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";

export function MosaicScreen() {
  const { t } = useTranslation();
  usePageTitle(t("nav.mosaic"));
  return (
    <section>
      <h1>{t("nav.mosaic")}</h1>
    </section>
  );
}
