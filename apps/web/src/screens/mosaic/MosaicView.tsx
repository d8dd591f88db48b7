import { countReturns, type MosaicTile } from "@small-steps/core";
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { useTranslation } from "react-i18next";
import { dateFormatter } from "./describe.ts";
import { Legend } from "./Legend.tsx";
import {
  earlierDay,
  laterDay,
  type Period,
  periodFromQuery,
  periodOfDay,
  periodUrl,
  shiftPeriod,
  todayKey,
  type View,
} from "./period.ts";
import { TileGrid } from "./TileGrid.tsx";
import { useMosaicTiles } from "./useMosaicTiles.ts";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function MosaicView() {
  const { t, i18n } = useTranslation("mosaic");
  const { query, route } = useLocation();
  const today = todayKey();
  const period = periodFromQuery(query, today);
  const returningTo = query.day && DAY.test(query.day) ? query.day : undefined;

  const [active, setActive] = useState(returningTo ?? today);
  // Coming back from a day's page puts focus on that day's tile, where the person left.
  const [focusActive, setFocusActive] = useState(returningTo !== undefined);
  const onFocused = useCallback(() => setFocusActive(false), []);
  const [announce, setAnnounce] = useState("");

  const loaded = useMosaicTiles(period.from, period.to, today);
  const ready = loaded !== undefined && loaded.from === period.from && loaded.to === period.to;
  const tiles = ready ? loaded.tiles : undefined;
  // While the next month or year loads, the last one stays in place instead of a blank gap.
  const shown = useRef<{ period: Period; tiles: MosaicTile[]; start: string } | null>(null);
  if (ready) shown.current = { period, tiles: loaded.tiles, start: loaded.start };
  const display = shown.current?.period.view === period.view ? shown.current : null;
  // The first day on record: nothing before it is drawn, reached or counted.
  const start = shown.current?.start ?? today;
  const first = laterDay(start, period.from);

  const last = earlierDay(today, period.to);
  const activeInView =
    active >= first && active <= last ? active : today <= period.to && today >= first ? today : first;

  const periodLabel = formatPeriod(period, i18n.language);
  const isCurrent = today >= period.from && today <= period.to;
  const canGoNext = shiftPeriod(period, 1).from <= today;
  const canGoPrevious = period.from > start;

  const go = (p: Period) => {
    route(periodUrl(p), true);
    setAnnounce(t("nav.showing", { period: formatPeriod(p, i18n.language) }));
  };
  const setView = (view: View) => {
    if (view !== period.view) go(periodOfDay(activeInView, view));
  };

  // The grid's focus target follows the period when the person moves between months.
  const lastKey = useRef(period.key);
  useEffect(() => {
    if (lastKey.current !== period.key) {
      lastKey.current = period.key;
      setActive(activeInView);
    }
  }, [period.key, activeInView]);

  const returns = tiles ? countReturns(tiles) : 0;

  return (
    <section class="stack mosaic">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>

      <div class="mosaic-controls">
        <fieldset class="row mosaic-view">
          <legend class="visually-hidden">{t("view.label")}</legend>
          {(["month", "year"] as const).map((v) => (
            <button key={v} type="button" aria-pressed={period.view === v} onClick={() => setView(v)}>
              {t(`view.${v}`)}
            </button>
          ))}
        </fieldset>
        <div class="row mosaic-nav">
          <button
            type="button"
            aria-disabled={canGoPrevious ? undefined : true}
            onClick={() => canGoPrevious && go(shiftPeriod(period, -1))}
          >
            {period.view === "year" ? t("nav.previousYear") : t("nav.previousMonth")}
          </button>
          <button
            type="button"
            aria-disabled={canGoNext ? undefined : true}
            onClick={() => canGoNext && go(shiftPeriod(period, 1))}
          >
            {period.view === "year" ? t("nav.nextYear") : t("nav.nextMonth")}
          </button>
          {!isCurrent && (
            <button type="button" class="quiet" onClick={() => go(periodOfDay(today, period.view))}>
              {period.view === "year" ? t("nav.thisYear") : t("nav.thisMonth")}
            </button>
          )}
        </div>
      </div>

      <p class="visually-hidden" role="status">
        {announce}
      </p>

      <section class="stack" aria-labelledby="mosaic-period" aria-busy={ready ? undefined : true}>
        <h2 id="mosaic-period">{periodLabel}</h2>
        {returns > 0 && <p class="mosaic-returns">{t(`returns.${period.view}`, { count: returns })}</p>}
        {display && start > display.period.from && (
          <p class="mosaic-begins">
            {t("begins", {
              date: dateFormatter(i18n.language, { day: "numeric", month: "long", year: "numeric" }).format(
                new Date(`${start}T12:00:00`),
              ),
            })}
          </p>
        )}
        <p class="hint" id="mosaic-grid-hint">
          {t("gridHint")}
        </p>
        {display ? (
          <TileGrid
            period={display.period}
            tiles={display.tiles}
            start={display.start}
            today={today}
            active={activeInView}
            onActiveChange={setActive}
            onOpen={(day) => route(`/mosaic/day/${day}${period.view === "year" ? "?view=year" : ""}`)}
            focusActive={focusActive}
            onFocused={onFocused}
          />
        ) : (
          <p class="hint">{t("loading")}</p>
        )}
      </section>

      <Legend />
    </section>
  );
}

function formatPeriod(p: Period, language: string): string {
  const [y, m] = p.key.split("-").map(Number) as [number, number];
  if (p.view === "year") return String(y);
  return dateFormatter(language, { month: "long", year: "numeric" }).format(new Date(y, m - 1, 1));
}
