import { MEASURE_IDS, MEASURES, type MeasureId, type MeasureResultRecord } from "@small-steps/core";
import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { LineChart } from "../../ui/charts/LineChart.tsx";
import type { ResultsByMeasure } from "./data.ts";
import { bandOf, longDay, longMoment, tickFormatter } from "./format.ts";

/** How many results each list shows before "Show earlier results". */
const RECENT = 5;

interface Props {
  results: ResultsByMeasure;
}

/**
 * Every measure answered so far: its trend (from two results) and its results, newest first.
 * Each result opens on its own page, where it can be deleted: one calm link per row here,
 * not a column of red buttons.
 */
export function ResultsSection({ results }: Props) {
  const { t } = useTranslation("measures");
  const answered = MEASURE_IDS.filter((id) => results[id].length > 0);
  return (
    <section aria-labelledby="measures-results-heading" class="stack">
      <h2 id="measures-results-heading">{t("results.heading")}</h2>
      {answered.length === 0 && <p class="hint">{t("results.empty")}</p>}
      {answered.map((id) => (
        <MeasureResults key={id} id={id} results={results[id]} />
      ))}
    </section>
  );
}

function MeasureResults({ id, results }: { id: MeasureId; results: MeasureResultRecord[] }) {
  const { t, i18n } = useTranslation("measures");
  const [showAll, setShowAll] = useState(false);
  const name = t(`measure.${id}.name`);
  const max = MEASURES[id].totalRange.max;
  const newestFirst = [...results].reverse();
  const shown = showAll ? newestFirst : newestFirst.slice(0, RECENT);
  const headingId = `measures-results-${id}`;

  return (
    <section class="card stack measure-results" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {name} <span class="measure-topic">· {t(`measure.${id}.topic`)}</span>
      </h3>
      {results.length >= 2 ? <Trend id={id} results={results} /> : <p class="hint">{t("results.oneMore")}</p>}
      <h4 class="measure-list-heading">{t("results.list")}</h4>
      <ul class="plain-list measure-result-list">
        {shown.map((r) => {
          const date = longDay(r.day, i18n.language);
          const band = bandOf(t, id, r.total);
          return (
            <li key={r.id}>
              <a class="measure-result-link" href={`/measures/${id}/${r.id}`}>
                {band
                  ? t("results.itemBand", { date, total: r.total, max, band: band.words })
                  : t("results.item", { date, total: r.total, max })}
              </a>
            </li>
          );
        })}
      </ul>
      {!showAll && newestFirst.length > RECENT && (
        <p>
          <button type="button" class="quiet" onClick={() => setShowAll(true)}>
            {t("results.showEarlier")}
          </button>
        </p>
      )}
    </section>
  );
}

function Trend({ id, results }: { id: MeasureId; results: MeasureResultRecord[] }) {
  const { t, i18n } = useTranslation("measures");
  const lang = i18n.language;
  const def = MEASURES[id];
  const name = t(`measure.${id}.name`);
  const x = results.map((r) => Date.parse(r.at));
  const first = results[0];
  const last = results[results.length - 1];
  const hasBands = def.bands.length > 0;
  return (
    <LineChart
      caption={t("results.chartCaption", { name })}
      summary={
        first && last
          ? t("results.chartSummary", {
              count: results.length,
              from: longDay(first.day, lang),
              to: longDay(last.day, lang),
              latest: last.total,
              max: def.totalRange.max,
            })
          : undefined
      }
      x={x}
      xHeader={t("results.date")}
      formatX={tickFormatter(x[0] ?? 0, x[x.length - 1] ?? 0, lang)}
      formatXLong={(ms) => longMoment(ms, lang)}
      series={[{ label: t("results.total"), values: results.map((r) => r.total) }]}
      yRange={def.totalRange}
      yLabel={t("results.total")}
      extraColumns={
        hasBands
          ? [{ header: t("results.range"), values: results.map((r) => bandOf(t, id, r.total)?.words ?? "") }]
          : []
      }
      showTableLabel={t("results.showTable")}
    />
  );
}
