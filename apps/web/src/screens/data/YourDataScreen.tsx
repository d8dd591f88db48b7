import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { DaylioImport } from "./DaylioImport.tsx";
import { DeleteEverything } from "./DeleteEverything.tsx";
import { ExportChooser } from "./ExportChooser.tsx";
import { YourData } from "./YourData.tsx";
import "./yourData.css";

/** Save what you choose, bring entries in, or delete everything: all on this device. */
export function YourDataScreen() {
  const { t } = useTranslation("data");
  usePageTitle(t("title"));
  return (
    <section class="stack">
      <h1>{t("title")}</h1>
      <p>{t("screenIntro")}</p>
      <p class="stays-here">{t("staysHere")}</p>
      <ExportChooser />
      <YourData />
      <DaylioImport />
      <DeleteEverything />
    </section>
  );
}
