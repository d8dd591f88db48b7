import { LIMITS, type Sketch } from "@small-steps/core";

/**
 * Strokes are kept as vectors in 0–1 coordinates, so the drawing survives a resize or a phone
 * turning sideways, and is rendered afresh at the stored size when saved.
 */
export interface Stroke {
  color: string;
  erase: boolean;
  /** Line width as a fraction of the canvas width. */
  size: number;
  /** x0, y0, x1, y1, … each between 0 and 1. */
  points: number[];
}

/** Every stroke and every "Clear" is one step of history, so Undo can bring a cleared sketch back. */
export type SketchOp = { kind: "stroke"; stroke: Stroke } | { kind: "clear" };

/** The drawing surface is always paper-coloured, in dark mode too, so saved sketches look the same. */
export const PAPER = "#fffdf8";
export const ASPECT = 3 / 4;
/** Saved sketches are at most this wide: enough to look at, small enough to sync. */
export const SAVE_WIDTH = 800;

export const COLOURS = [
  { key: "ink", value: "#2b2a28" },
  { key: "sage", value: "#3f7a63" },
  { key: "sea", value: "#2f5f8a" },
  { key: "plum", value: "#7b4a78" },
  { key: "ochre", value: "#a8731a" },
] as const;

export const SIZES = [
  { key: "fine", value: 0.008 },
  { key: "medium", value: 0.018 },
  { key: "broad", value: 0.04 },
] as const;

/** The strokes still visible: those after the last "Clear". */
export function visibleStrokes(ops: readonly SketchOp[]): Stroke[] {
  const out: Stroke[] = [];
  for (const op of ops) {
    if (op.kind === "clear") out.length = 0;
    else out.push(op.stroke);
  }
  return out;
}

export function drawStroke(
  ctx: CanvasRenderingContext2D,
  stroke: Stroke,
  w: number,
  h: number,
  from = 0,
): void {
  const p = stroke.points;
  ctx.strokeStyle = stroke.erase ? PAPER : stroke.color;
  ctx.fillStyle = ctx.strokeStyle;
  ctx.lineWidth = Math.max(1, stroke.size * w);
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  if (p.length <= 2) {
    ctx.beginPath();
    ctx.arc((p[0] ?? 0) * w, (p[1] ?? 0) * h, ctx.lineWidth / 2, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  const start = Math.max(0, from - 2);
  ctx.beginPath();
  ctx.moveTo((p[start] ?? 0) * w, (p[start + 1] ?? 0) * h);
  for (let i = start + 2; i < p.length; i += 2) ctx.lineTo((p[i] ?? 0) * w, (p[i + 1] ?? 0) * h);
  ctx.stroke();
}

export function render(
  ctx: CanvasRenderingContext2D,
  strokes: readonly Stroke[],
  w: number,
  h: number,
): void {
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, w, h);
  for (const s of strokes) drawStroke(ctx, s, w, h);
}

function encode(canvas: HTMLCanvasElement, quality: number): string {
  const webp = canvas.toDataURL("image/webp", quality);
  // Browsers that cannot encode WebP quietly return PNG (or "data:,"); fall back to PNG then.
  return webp.startsWith("data:image/webp") ? webp : canvas.toDataURL("image/png");
}

/** Renders the strokes at save size and encodes them compactly; null if it cannot fit a record. */
export function exportSketch(strokes: readonly Stroke[]): Sketch | null {
  for (const [width, quality] of [
    [SAVE_WIDTH, 0.8],
    [SAVE_WIDTH, 0.5],
    [560, 0.5],
  ] as const) {
    const height = Math.round(width * ASPECT);
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext("2d");
    if (!ctx) return null;
    render(ctx, strokes, width, height);
    const dataUrl = encode(canvas, quality);
    if (dataUrl.length <= LIMITS.sketchDataUrl) return { dataUrl, width, height };
  }
  return null;
}
