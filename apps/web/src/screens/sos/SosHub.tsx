import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { type BeforeRating, beforeRating } from "../../sos/session.ts";
import { timeOf } from "../../ui/dates.ts";
import { SosWayfinding } from "../../ui/SosWayfinding.tsx";
import { DistressRating } from "./DistressRating.tsx";
import { HelpsSummary } from "./HelpsSummary.tsx";
import { clearBefore, noteBefore, noteFinish } from "./sessionQueue.ts";
import { ToolList } from "./ToolList.tsx";
import "./sos.css";

/**
 * The SOS hub. It is pre-rendered at build time, so everything above the tools — how to
 * breathe, the emergency line, the way to the crisis lines — reads before any script runs,
 * and the render itself touches no browser storage (that happens in effects only).
 */
export function SosHub() {
  const { t, i18n } = useTranslation("sos");
  usePageTitle(t("hub.title"));
  const [before, setBefore] = useState<number | undefined>(undefined);
  // A rating from earlier in this visit that no longer answers "right now" (core sosVisit.ts).
  const [earlier, setEarlier] = useState<BeforeRating | undefined>(undefined);
  const [after, setAfter] = useState<number | undefined>(undefined);
  const [finished, setFinished] = useState(false);
  const closingRef = useRef<HTMLHeadingElement>(null);

  // Back on the hub after a tool: the rating given moments ago shows chosen; one from longer
  // ago is said as "earlier, at 14:05", and none at all once the visit has closed.
  useEffect(() => {
    let live = true;
    beforeRating()
      .then((r) => {
        if (!live || !r) return;
        if (r.now) setBefore((mine) => mine ?? r.value);
        else setEarlier(r);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (finished) closingRef.current?.focus();
  }, [finished]);

  function rateBefore(value: number | undefined) {
    setBefore(value);
    if (value === undefined) clearBefore();
    else noteBefore(value);
  }

  function finish() {
    noteFinish(after);
    setFinished(true);
  }

  return (
    <section class="stack sos">
      <h1>{t("hub.title")}</h1>
      <p class="sos-lead">{t("hub.intro")}</p>

      <section class="card sos-breath" aria-labelledby="sos-breath-h">
        <h2 id="sos-breath-h">{t("hub.breathHeading")}</h2>
        <p>{t("hub.breathText")}</p>
      </section>

      <p class="sos-danger">
        {t("hub.danger")} <a href="/crisis-lines">{t("hub.dangerLink")}</a>
      </p>

      {!finished && (
        <DistressRating
          legend={t("hub.beforeLegend")}
          hint={t("hub.beforeHint")}
          value={before}
          onChange={rateBefore}
          earlier={earlier && { value: earlier.value, time: earlier.at && timeOf(earlier.at, i18n.language) }}
        />
      )}

      <section class="stack" aria-labelledby="sos-tools-h">
        <div>
          <h2 id="sos-tools-h">{t("hub.toolsHeading")}</h2>
          <p class="hint">{t("hub.toolsHint")}</p>
        </div>
        <ToolList />
      </section>

      <section class="card stack sos-finish" aria-labelledby={finished ? "sos-closing-h" : "sos-finish-h"}>
        {finished ? (
          <>
            <h2 id="sos-closing-h" tabIndex={-1} ref={closingRef}>
              {t("hub.closingHeading")}
            </h2>
            <p>{t("hub.closingText")}</p>
            <p>
              <a class="button primary" href="/">
                {t("hub.goToday")}
              </a>
            </p>
          </>
        ) : (
          <>
            <div>
              <h2 id="sos-finish-h">{t("hub.finishHeading")}</h2>
              <p>{t("hub.finishIntro")}</p>
              {before !== undefined && <p>{t("hub.beforeWas", { value: before })}</p>}
            </div>
            <DistressRating
              legend={t("hub.afterLegend")}
              hint={t("hub.afterHint")}
              value={after}
              onChange={setAfter}
            />
            <div>
              <button type="button" class="primary" onClick={finish}>
                {t("hub.finish")}
              </button>
            </div>
          </>
        )}
      </section>

      <HelpsSummary />

      <SosWayfinding current="hub" />
    </section>
  );
}
