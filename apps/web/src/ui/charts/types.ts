/** One line on a chart: its name (legend and table header) and a value per x, `null` for a gap. */
export interface ChartSeries {
  label: string;
  values: readonly (number | null)[];
}

/** Colour tokens from styles/tokens.css, one per series in turn; dashes tell them apart too. */
export const SERIES_TOKENS = ["--accent", "--sos", "--ink-muted"] as const;
export const SERIES_DASHES: readonly (readonly number[])[] = [[], [8, 5], [2, 4]];

/** What the drawing module needs: already-resolved data, no words of its own. */
export interface PlotSpec {
  /** Moments in milliseconds since the epoch, ascending. */
  x: readonly number[];
  series: readonly ChartSeries[];
  formatX: (ms: number) => string;
  yRange?: { min: number; max: number };
  yLabel?: string;
  height: number;
}
