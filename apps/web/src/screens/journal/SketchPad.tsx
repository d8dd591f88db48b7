import type { Sketch } from "@small-steps/core";
import type { MutableRef } from "preact/hooks";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import {
  ASPECT,
  COLOURS,
  drawStroke,
  exportSketch,
  PAPER,
  render,
  SIZES,
  type SketchOp,
  type Stroke,
  visibleStrokes,
} from "./sketchDraw.ts";

/** What the write form needs from the sketch pad when it saves. */
export interface SketchHandle {
  isEmpty(): boolean;
  /** The drawing, encoded; null if it is empty or too large for one entry. */
  export(): Sketch | null;
  reset(): void;
}

interface Props {
  handle: MutableRef<SketchHandle | null>;
  /** The drawing so far, held by the form so it is kept with the rest of the draft. */
  ops: SketchOp[];
  onOps: (change: (previous: SketchOp[]) => SketchOp[]) => void;
  onSave: () => void;
  /** Shown under the buttons: a kind note about the last save attempt, if any. */
  message?: string | null;
  messageId: string;
}

type ColourKey = (typeof COLOURS)[number]["key"] | "eraser";
type SizeKey = (typeof SIZES)[number]["key"];

/** A small canvas for drawing with a finger, pen or mouse. Every control is a keyboard control. */
export function SketchPad({ handle, ops, onOps: setOps, onSave, message, messageId }: Props) {
  const { t } = useTranslation("journal");
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [colour, setColour] = useState<ColourKey>("ink");
  const [size, setSize] = useState<SizeKey>("medium");
  const live = useRef<{ pointerId: number; stroke: Stroke } | null>(null);
  const strokes = useMemo(() => visibleStrokes(ops), [ops]);

  handle.current = {
    isEmpty: () => strokes.length === 0,
    export: () => (strokes.length === 0 ? null : exportSketch(strokes)),
    reset: () => setOps(() => []),
  };

  // Size the bitmap to the element (sharp on high-density screens) and repaint from the vectors.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const paint = () => {
      const width = canvas.clientWidth;
      if (width === 0) return;
      const dpr = Math.min(window.devicePixelRatio || 1, 2);
      const w = Math.round(width * dpr);
      const h = Math.round(width * ASPECT * dpr);
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
      }
      const ctx = canvas.getContext("2d");
      if (ctx) render(ctx, strokes, w, h);
    };
    paint();
    const observer = new ResizeObserver(paint);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [strokes]);

  function point(e: PointerEvent, canvas: HTMLCanvasElement): [number, number] {
    const rect = canvas.getBoundingClientRect();
    const x = Math.min(1, Math.max(0, (e.clientX - rect.left) / rect.width));
    const y = Math.min(1, Math.max(0, (e.clientY - rect.top) / rect.height));
    return [x, y];
  }

  function onPointerDown(e: PointerEvent) {
    const canvas = e.currentTarget as HTMLCanvasElement;
    if (live.current || (e.pointerType === "mouse" && e.button !== 0)) return;
    e.preventDefault();
    canvas.setPointerCapture(e.pointerId);
    const eraser = colour === "eraser";
    const stroke: Stroke = {
      color: eraser ? PAPER : (COLOURS.find((c) => c.key === colour)?.value ?? COLOURS[0].value),
      erase: eraser,
      size: (SIZES.find((s) => s.key === size) ?? SIZES[1]).value * (eraser ? 2 : 1),
      points: point(e, canvas),
    };
    live.current = { pointerId: e.pointerId, stroke };
    const ctx = canvas.getContext("2d");
    if (ctx) drawStroke(ctx, stroke, canvas.width, canvas.height);
  }

  function onPointerMove(e: PointerEvent) {
    const current = live.current;
    if (!current || current.pointerId !== e.pointerId) return;
    const canvas = e.currentTarget as HTMLCanvasElement;
    const from = current.stroke.points.length;
    // Coalesced events keep fast pen and finger strokes smooth rather than jagged.
    const events = typeof e.getCoalescedEvents === "function" ? e.getCoalescedEvents() : [];
    for (const ev of events.length > 0 ? events : [e]) current.stroke.points.push(...point(ev, canvas));
    const ctx = canvas.getContext("2d");
    if (ctx) drawStroke(ctx, current.stroke, canvas.width, canvas.height, from);
  }

  function onPointerEnd(e: PointerEvent) {
    const current = live.current;
    if (!current || current.pointerId !== e.pointerId) return;
    live.current = null;
    const stroke = current.stroke;
    setOps((prev) => [...prev, { kind: "stroke", stroke }]);
  }

  const count = strokes.length;
  return (
    <div class="sketch-pad stack">
      <h3 id="sketch-heading">{t("sketch.heading")}</h3>
      <canvas
        ref={canvasRef}
        class="sketch-canvas"
        role="img"
        aria-label={t("sketch.canvas")}
        aria-describedby="sketch-canvas-hint"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
      />
      <p id="sketch-canvas-hint" class="hint">
        {t("sketch.canvasHint")}
      </p>
      <p class="hint" aria-live="polite">
        {count === 0 ? t("sketch.emptyStatus") : t("sketch.strokeStatus", { count })}
      </p>
      <fieldset class="choice-group">
        <legend>{t("sketch.colour")}</legend>
        {[...COLOURS.map((c) => c.key), "eraser" as const].map((key) => (
          <label key={key} class="choice">
            <input
              type="radio"
              name="sketch-colour"
              value={key}
              checked={colour === key}
              onChange={() => setColour(key)}
            />
            <span
              class={`swatch${key === "eraser" ? " swatch-eraser" : ""}`}
              style={key === "eraser" ? undefined : { background: COLOURS.find((c) => c.key === key)?.value }}
              aria-hidden="true"
            />
            {t(`sketch.colours.${key}`)}
          </label>
        ))}
      </fieldset>
      <fieldset class="choice-group">
        <legend>{t("sketch.size")}</legend>
        {SIZES.map((s) => (
          <label key={s.key} class="choice">
            <input
              type="radio"
              name="sketch-size"
              value={s.key}
              checked={size === s.key}
              onChange={() => setSize(s.key)}
            />
            <span class={`brush-dot brush-${s.key}`} aria-hidden="true" />
            {t(`sketch.sizes.${s.key}`)}
          </label>
        ))}
      </fieldset>
      <div class="row">
        {/* aria-disabled rather than disabled: the buttons stay reachable and keep focus. */}
        <button
          type="button"
          aria-disabled={ops.length === 0}
          onClick={() => setOps((prev) => prev.slice(0, -1))}
        >
          {t("sketch.undo")}
        </button>
        <button
          type="button"
          aria-disabled={count === 0}
          onClick={() => count > 0 && setOps((prev) => [...prev, { kind: "clear" }])}
        >
          {t("sketch.clear")}
        </button>
        <button
          type="button"
          class="primary"
          onClick={onSave}
          aria-describedby={message ? messageId : undefined}
        >
          {t("sketch.save")}
        </button>
      </div>
    </div>
  );
}
