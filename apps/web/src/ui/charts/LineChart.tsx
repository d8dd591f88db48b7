import { useEffect, useRef, useState } from "preact/hooks";
import { type ChartSeries, SERIES_DASHES } from "./types.ts";
import "./charts.css";

export type { ChartSeries } from "./types.ts";

export interface LineChartProps {
  /** The figure's name: what is drawn ("PHQ-9 totals over time"). Also the table's caption. */
  caption: string;
  /** One or two sentences saying what the chart shows, for everyone, under the caption. */
  summary?: string;
  /** Moments in milliseconds since the epoch, ascending; one per row of the table. */
  x: readonly number[];
  /** Header of the table's first column ("Date"). */
  xHeader: string;
  /** Short words for an axis tick ("4 Mar"). */
  formatX: (ms: number) => string;
  /** Words for a table row; defaults to `formatX`. */
  formatXLong?: (ms: number) => string;
  series: readonly ChartSeries[];
  yRange?: { min: number; max: number };
  yLabel?: string;
  /** More columns for the table only (for example band words beside each total). */
  extraColumns?: readonly { header: string; values: readonly string[] }[];
  /** The disclosure's words ("Show as a table"); the caller owns the words, the chart has none. */
  showTableLabel: string;
  /** Shown in a table cell that has no value. */
  emptyCell?: string;
  height?: number;
}

/**
 * A line chart that everyone can read: a <figure> named by its caption, the drawing hidden from
 * assistive technology, and the same numbers in a real table. uPlot is loaded only when a chart
 * is first shown, and it never animates, so reduced motion needs nothing further.
 */
export function LineChart(props: LineChartProps) {
  const { caption, summary, x, series, yRange, yLabel, xHeader, extraColumns = [], height = 220 } = props;
  const host = useRef<HTMLDivElement>(null);
  const formatX = useRef(props.formatX);
  formatX.current = props.formatX;
  const [failed, setFailed] = useState(false);
  // Callers build fresh arrays on every render; redraw only when the numbers really change.
  const key = JSON.stringify([x, series, yRange, yLabel, height]);

  useEffect(() => {
    let cancelled = false;
    let chart: { destroy(): void } | undefined;
    import("./drawLineChart.ts")
      .then(({ mountLineChart }) => {
        if (cancelled || !host.current) return;
        chart = mountLineChart(host.current, {
          x,
          series,
          yRange,
          yLabel,
          height,
          formatX: (ms) => formatX.current(ms),
        });
      })
      // Without the drawing the table still holds every value, so it opens instead.
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      chart?.destroy();
    };
    // `key` stands for the data it is built from.
  }, [key]);

  const long = props.formatXLong ?? props.formatX;
  const cell = (v: number | null | undefined) =>
    v === null || v === undefined ? (props.emptyCell ?? "") : v;

  return (
    <figure class="line-chart">
      <figcaption>
        <span class="line-chart-caption">{caption}</span>
        {summary && <span class="hint line-chart-summary">{summary}</span>}
      </figcaption>
      {series.length > 1 && (
        <ul class="line-chart-legend" aria-hidden="true">
          {series.map((s, i) => (
            <li key={s.label}>
              <svg width="32" height="12" viewBox="0 0 32 12" aria-hidden="true">
                <line
                  x1="1"
                  y1="6"
                  x2="31"
                  y2="6"
                  class={`line-chart-swatch line-chart-swatch-${i % 3}`}
                  stroke-dasharray={(SERIES_DASHES[i % SERIES_DASHES.length] ?? []).join(" ")}
                />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      )}
      {!failed && <div class="line-chart-plot" ref={host} aria-hidden="true" style={{ height }} />}
      <details class="line-chart-table" open={failed}>
        <summary>{props.showTableLabel}</summary>
        <table>
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{xHeader}</th>
              {series.map((s) => (
                <th scope="col" key={s.label}>
                  {s.label}
                </th>
              ))}
              {extraColumns.map((c) => (
                <th scope="col" key={c.header}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {x.map((ms, row) => (
              <tr key={`${ms}-${row}`}>
                <th scope="row">{long(ms)}</th>
                {series.map((s) => (
                  <td key={s.label}>{cell(s.values[row])}</td>
                ))}
                {extraColumns.map((c) => (
                  <td key={c.header}>{c.values[row] ?? ""}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
