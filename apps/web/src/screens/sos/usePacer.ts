import { type BreathStep, msLeftInPhase, type PhaseState, phaseAt } from "@small-steps/core";
import { useEffect, useRef, useState } from "preact/hooks";

export type PacerStatus = "idle" | "running" | "paused" | "stopped" | "done";

interface Options {
  /** Stop on its own after this long (ms); undefined lets it run. */
  limitMs: number | undefined;
  /** Called once when a phase begins (and on resume), with how long is left in it. */
  onPhase: (state: PhaseState, msLeft: number) => void;
  onLimit: () => void;
}

const TICK_MS = 250;

/**
 * Drives a breathing pattern from the clock: a 250 ms tick asks core's phaseAt() where we are,
 * so a slow or throttled tick never drifts the rhythm — it only shows a change a little late.
 */
export function usePacer(pattern: readonly BreathStep[], options: Options) {
  const [status, setStatus] = useState<PacerStatus>("idle");
  const [state, setState] = useState<PhaseState | undefined>(undefined);
  const [run, setRun] = useState(0);
  const elapsedBefore = useRef(0);
  const origin = useRef(0);
  const latest = useRef(options);
  latest.current = options;

  // A new pattern starts from its beginning.
  useEffect(() => {
    elapsedBefore.current = 0;
  }, [pattern]);

  useEffect(() => {
    if (status !== "running") return;
    origin.current = performance.now() - elapsedBefore.current;
    let last = "";
    const tick = () => {
      const elapsed = performance.now() - origin.current;
      const limit = latest.current.limitMs;
      if (limit !== undefined && elapsed >= limit) {
        elapsedBefore.current = 0;
        setStatus("stopped");
        setState(undefined);
        latest.current.onLimit();
        return;
      }
      const now = phaseAt(pattern, elapsed);
      const key = `${now.cycle}:${now.phaseIndex}`;
      if (key !== last) {
        last = key;
        latest.current.onPhase(now, msLeftInPhase(pattern, elapsed));
      }
      setState((prev) =>
        prev &&
        prev.phaseIndex === now.phaseIndex &&
        prev.secondsLeft === now.secondsLeft &&
        prev.cycle === now.cycle
          ? prev
          : now,
      );
    };
    tick();
    const timer = setInterval(tick, TICK_MS);
    return () => clearInterval(timer);
  }, [status, pattern, run]);

  return {
    status,
    state,
    start() {
      elapsedBefore.current = 0;
      setRun((n) => n + 1);
      setStatus("running");
    },
    pause() {
      elapsedBefore.current = performance.now() - origin.current;
      setStatus("paused");
    },
    resume() {
      setStatus("running");
    },
    finish() {
      elapsedBefore.current = 0;
      setState(undefined);
      setStatus("done");
    },
  };
}
