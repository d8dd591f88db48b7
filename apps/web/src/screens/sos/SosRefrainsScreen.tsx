import { useEffect } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";
import { SosWayfinding } from "../../ui/SosWayfinding.tsx";
import { noteTool } from "./sessionQueue.ts";
import "./sos.css";

/** The person's favourite refrains, large; all of them when none is a favourite yet. */
export function SosRefrainsScreen() {
  const { t } = useTranslation("sos");
  usePageTitle(t("refrains.title"));

  useEffect(() => noteTool("refrains"), []);

  const shown = useLiveQuery(async () => {
    const all = (await db.refrains.toArray())
      .filter((r) => !r.deleted)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const favourites = all.filter((r) => r.favourite);
    return favourites.length > 0
      ? { favourites: true, refrains: favourites }
      : { favourites: false, refrains: all };
  }, []);

  return (
    <section class="stack sos">
      <h1>{t("refrains.title")}</h1>
      <p class="sos-lead">{t("refrains.intro")}</p>

      {shown &&
        (shown.refrains.length === 0 ? (
          <div class="card stack">
            <p>{t("refrains.empty")}</p>
            <p>
              <a href="/refrains">{t("refrains.emptyLink")}</a>
            </p>
          </div>
        ) : (
          <>
            <p class="hint">{shown.favourites ? t("refrains.favouritesNote") : t("refrains.allNote")}</p>
            <ul class="plain-list sos-refrains" aria-label={t("refrains.listLabel")}>
              {shown.refrains.map((r) => (
                <li key={r.id} class="card sos-refrain">
                  {r.newRefrain}
                </li>
              ))}
            </ul>
          </>
        ))}

      <SosWayfinding />
    </section>
  );
}
