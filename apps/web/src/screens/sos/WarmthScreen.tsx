import { useEffect } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { SosWayfinding } from "../../ui/SosWayfinding.tsx";
import { noteTool } from "./sessionQueue.ts";
import "./sos.css";

const WARM = ["hands", "drink", "blanket"] as const;
const COLD = ["face", "wrists", "hold"] as const;

export function WarmthScreen() {
  const { t } = useTranslation("sos");
  usePageTitle(t("warmth.title"));

  useEffect(() => noteTool("warmth"), []);

  const items = (keys: readonly string[]) => (
    <ul class="plain-list">
      {keys.map((key) => (
        <li key={key} class="card sos-idea">
          <h3>{t(`warmth.item.${key}`)}</h3>
          <p>{t(`warmth.item.${key}Text`)}</p>
        </li>
      ))}
    </ul>
  );

  return (
    <section class="stack sos">
      <h1>{t("warmth.title")}</h1>
      <p class="sos-lead">{t("warmth.intro")}</p>

      <section class="stack" aria-labelledby="warmth-warm-h">
        <h2 id="warmth-warm-h">{t("warmth.warmHeading")}</h2>
        {items(WARM)}
      </section>

      <section class="stack" aria-labelledby="warmth-cold-h">
        <div>
          <h2 id="warmth-cold-h">{t("warmth.coldHeading")}</h2>
          <p>{t("warmth.coldIntro")}</p>
        </div>
        {items(COLD)}
      </section>

      <SosWayfinding />
    </section>
  );
}
