import {
  BREATH_PATTERN_IDS,
  BREATH_PATTERNS,
  type BreathPatternId,
  DEFAULT_BREATH_PATTERN,
  fullnessAfter,
} from "@small-steps/core";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { SosWayfinding } from "../../ui/SosWayfinding.tsx";
import { noteTool } from "./sessionQueue.ts";
import { usePacer } from "./usePacer.ts";
import { useReducedMotion } from "./useReducedMotion.ts";
import "./sos.css";

const LIMIT_MS = 3 * 60 * 1000;
/** The circle's size when the lungs are empty, as a share of its full size. */
const EMPTY_SCALE = 0.5;
const scaleFor = (fullness: number) => EMPTY_SCALE + (1 - EMPTY_SCALE) * fullness;

function canVibrate(): boolean {
  return typeof navigator !== "undefined" && typeof navigator.vibrate === "function";
}

/** The circle's scale as drawn right now, mid-transition included, so a pause can hold it there. */
function drawnScale(el: HTMLElement | null): number | undefined {
  if (!el) return undefined;
  try {
    return new DOMMatrix(getComputedStyle(el).transform).a;
  } catch {
    return undefined;
  }
}

export function BreatheScreen() {
  const { t } = useTranslation("sos");
  usePageTitle(t("breathe.title"));
  const reduced = useReducedMotion();
  const [patternId, setPatternId] = useState<BreathPatternId>(DEFAULT_BREATH_PATTERN);
  const pattern = BREATH_PATTERNS[patternId];
  const [vibrate, setVibrate] = useState(false);
  const [vibrateShown, setVibrateShown] = useState(false);
  const [autoStop, setAutoStop] = useState(true);
  const [announce, setAnnounce] = useState("");
  const [circle, setCircle] = useState({ scale: EMPTY_SCALE, ms: 0 });
  const circleRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    noteTool("breathe");
    setVibrateShown(canVibrate());
  }, []);

  const pacer = usePacer(pattern, {
    limitMs: autoStop ? LIMIT_MS : undefined,
    onPhase(state, msLeft) {
      setAnnounce(t(`breathe.phase.${state.phase}`));
      setCircle({ scale: scaleFor(fullnessAfter(pattern, state.phaseIndex)), ms: msLeft });
      if (vibrate && canVibrate()) navigator.vibrate(40);
    },
    onLimit() {
      setAnnounce(t("breathe.stoppedByItself"));
      setCircle({ scale: EMPTY_SCALE, ms: 1000 });
    },
  });
  const { status, state } = pacer;

  useEffect(() => {
    if (status === "done") doneRef.current?.focus();
  }, [status]);

  function toggle() {
    if (status === "running") {
      setCircle({ scale: drawnScale(circleRef.current) ?? circle.scale, ms: 0 });
      // Cleared so the same phase is announced again on resume.
      setAnnounce("");
      pacer.pause();
    } else if (status === "paused") pacer.resume();
    else pacer.start();
  }

  function done() {
    setAnnounce("");
    setCircle({ scale: EMPTY_SCALE, ms: 1000 });
    pacer.finish();
  }

  const toggleLabel =
    status === "running"
      ? t("breathe.pause")
      : status === "paused"
        ? t("breathe.resume")
        : t("breathe.start");
  const phaseWords = state ? t(`breathe.phase.${state.phase}`) : "";

  return (
    <section class="stack sos breathe">
      <h1>{t("breathe.title")}</h1>
      <p class="sos-lead">{t("breathe.intro")}</p>

      <fieldset class="choice-group breathe-patterns">
        <legend>{t("breathe.patternLegend")}</legend>
        {BREATH_PATTERN_IDS.map((id) => (
          <label key={id} class="choice">
            <input
              type="radio"
              name="breath-pattern"
              value={id}
              checked={patternId === id}
              onChange={() => setPatternId(id)}
            />
            {t(`breathe.pattern.${id}`)}
          </label>
        ))}
      </fieldset>

      <div class={reduced ? "pacer pacer-still" : "pacer"}>
        <div class="pacer-stage" aria-hidden="true">
          <div
            class="pacer-circle"
            ref={circleRef}
            data-phase={state?.phase ?? "rest"}
            style={
              reduced
                ? undefined
                : { transform: `scale(${circle.scale})`, transitionDuration: `${circle.ms}ms` }
            }
          />
          {reduced && state && <span class="pacer-count">{state.secondsLeft}</span>}
        </div>
        {state && status === "running" ? (
          <p class="pacer-cue" aria-hidden="true">
            {t("breathe.cue", { phase: phaseWords, seconds: state.secondsLeft })}
          </p>
        ) : (
          <p class="pacer-cue pacer-cue-quiet">
            {status === "paused"
              ? t("breathe.pausedCue")
              : status === "stopped"
                ? t("breathe.stoppedByItself")
                : t("breathe.ready")}
          </p>
        )}
        <p class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="breathe-phase">
          {announce}
        </p>
      </div>

      <div class="row breathe-controls">
        <button type="button" class="primary" onClick={toggle}>
          {toggleLabel}
        </button>
        {(status === "running" || status === "paused" || status === "stopped") && (
          <button type="button" onClick={done}>
            {t("breathe.done")}
          </button>
        )}
      </div>

      {status === "done" && (
        <section class="card" aria-labelledby="breathe-done-h">
          <h2 id="breathe-done-h" tabIndex={-1} ref={doneRef}>
            {t("breathe.doneHeading")}
          </h2>
          <p>{t("breathe.doneText")}</p>
        </section>
      )}

      <div class="stack breathe-options">
        <label class="choice">
          <input type="checkbox" checked={autoStop} onChange={(e) => setAutoStop(e.currentTarget.checked)} />
          {t("breathe.autoStop")}
        </label>
        {vibrateShown && (
          <label class="choice">
            <input type="checkbox" checked={vibrate} onChange={(e) => setVibrate(e.currentTarget.checked)} />
            {t("breathe.vibrate")}
          </label>
        )}
      </div>

      <SosWayfinding />
    </section>
  );
}
