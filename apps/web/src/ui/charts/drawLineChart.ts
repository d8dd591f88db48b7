// Loaded only when a chart is on screen: uPlot and its stylesheet never enter the app shell.
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { type PlotSpec, SERIES_DASHES, SERIES_TOKENS } from "./types.ts";

const DAY_S = 86_400;
/** Tick steps for a time axis, in seconds: whole days and up, because results are dated by day. */
const TIME_INCRS = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1825].map((d) => d * DAY_S);

/**
 * Reads a colour token as the browser resolved it. Tokens are light-dark() pairs, so the raw
 * custom property is not a colour a canvas understands; the `color` an element computes from it
 * is, and it follows the theme the page is actually showing.
 */
function resolveColor(host: HTMLElement, token: string): string {
  const probe = document.createElement("span");
  probe.style.color = `var(${token})`;
  probe.style.display = "none";
  host.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

function options(host: HTMLElement, spec: PlotSpec, width: number): uPlot.Options {
  const ink = resolveColor(host, "--ink-muted");
  const grid = resolveColor(host, "--border-soft");
  const style = getComputedStyle(host);
  const fontPx = Math.round(Number.parseFloat(style.fontSize) * 0.85) || 14;
  const font = `${fontPx}px ${style.fontFamily}`;
  const axis = {
    stroke: ink,
    font,
    labelFont: font,
    grid: { stroke: grid, width: 1 },
    ticks: { stroke: grid, width: 1 },
  };
  return {
    width,
    height: spec.height,
    // The table beside the chart is the way to read exact values, for everyone; a hover readout
    // would only reach mouse users, and a drag-to-zoom would move the picture under them.
    cursor: { show: false },
    legend: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    scales: {
      x: {
        time: true,
        range: (_u, min, max) => {
          const pad = Math.max(DAY_S, (max - min) * 0.05);
          return [min - pad, max + pad];
        },
      },
      y: spec.yRange ? { range: [spec.yRange.min, spec.yRange.max] } : {},
    },
    axes: [
      {
        ...axis,
        space: fontPx * 6,
        incrs: TIME_INCRS,
        values: (_u, splits) => splits.map((s) => spec.formatX(s * 1000)),
      },
      { ...axis, label: spec.yLabel, space: fontPx * 2.5 },
    ],
    series: [
      {},
      ...spec.series.map((s, i) => {
        const stroke = resolveColor(host, SERIES_TOKENS[i % SERIES_TOKENS.length] ?? "--accent");
        return {
          label: s.label,
          stroke,
          width: 2.5,
          dash: [...(SERIES_DASHES[i % SERIES_DASHES.length] ?? [])],
          spanGaps: true,
          points: { show: true, size: 9, stroke, fill: stroke },
        };
      }),
    ],
  };
}

function data(spec: PlotSpec): uPlot.AlignedData {
  return [spec.x.map((ms) => ms / 1000), ...spec.series.map((s) => [...s.values])];
}

export interface MountedChart {
  destroy(): void;
}

/**
 * Draws the chart into `host` and keeps it right: redrawn at the new width when the host resizes,
 * and recoloured when the theme changes (the person's setting or the device's).
 */
export function mountLineChart(host: HTMLElement, spec: PlotSpec): MountedChart {
  let plot: uPlot | undefined;
  const draw = () => {
    plot?.destroy();
    const width = Math.max(200, host.clientWidth);
    plot = new uPlot(options(host, spec, width), data(spec), host);
  };
  draw();

  let lastWidth = host.clientWidth;
  const resize = new ResizeObserver(() => {
    const width = host.clientWidth;
    if (width === lastWidth || !plot) return;
    lastWidth = width;
    plot.setSize({ width: Math.max(200, width), height: spec.height });
  });
  resize.observe(host);

  const themeAttrs = new MutationObserver(draw);
  themeAttrs.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  const scheme = window.matchMedia("(prefers-color-scheme: dark)");
  scheme.addEventListener("change", draw);

  return {
    destroy() {
      resize.disconnect();
      themeAttrs.disconnect();
      scheme.removeEventListener("change", draw);
      plot?.destroy();
      plot = undefined;
    },
  };
}
