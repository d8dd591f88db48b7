/**
 * Paced breathing: a few gentle patterns and where in a pattern a moment falls. Pure, so the
 * screen only asks "what now?" on each tick and the timing can be tested to the millisecond.
 */
export type BreathPhase = "in" | "hold" | "out" | "inAgain";

export interface BreathStep {
  phase: BreathPhase;
  seconds: number;
}

export const BREATH_PATTERN_IDS = ["fourSix", "box", "sigh"] as const;
export type BreathPatternId = (typeof BREATH_PATTERN_IDS)[number];

/** A longer out-breath settles most people, so 4 in / 6 out is where the screen starts. */
export const DEFAULT_BREATH_PATTERN: BreathPatternId = "fourSix";

export const BREATH_PATTERNS: Record<BreathPatternId, readonly BreathStep[]> = {
  fourSix: [
    { phase: "in", seconds: 4 },
    { phase: "out", seconds: 6 },
  ],
  box: [
    { phase: "in", seconds: 4 },
    { phase: "hold", seconds: 4 },
    { phase: "out", seconds: 4 },
    { phase: "hold", seconds: 4 },
  ],
  // The physiological sigh: a full breath in, a short top-up, then a long, slow breath out.
  sigh: [
    { phase: "in", seconds: 2 },
    { phase: "inAgain", seconds: 1 },
    { phase: "out", seconds: 6 },
  ],
};

export interface PhaseState {
  phase: BreathPhase;
  /** Index into the pattern's steps; tells two holds of the box apart. */
  phaseIndex: number;
  /** Whole seconds still to go in this phase, counted down the way people say them (4, 3, 2, 1). */
  secondsLeft: number;
  /** How far through this phase, from 0 at its start towards 1 at its end. */
  progress: number;
  /** How many full rounds of the pattern came before this moment. */
  cycle: number;
}

export function cycleMs(pattern: readonly BreathStep[]): number {
  return pattern.reduce((sum, step) => sum + step.seconds * 1000, 0);
}

/** Where in the pattern the moment `elapsedMs` after the start falls; the pattern repeats forever. */
export function phaseAt(pattern: readonly BreathStep[], elapsedMs: number): PhaseState {
  const total = cycleMs(pattern);
  if (pattern.length === 0 || total <= 0)
    throw new Error("A breathing pattern needs at least one timed step");
  // A clock that steps backwards (or NaN) must not break the pacer: it simply starts over.
  const elapsed = Number.isFinite(elapsedMs) && elapsedMs > 0 ? elapsedMs : 0;
  const cycle = Math.floor(elapsed / total);
  const within = elapsed - cycle * total;
  let start = 0;
  for (let phaseIndex = 0; phaseIndex < pattern.length; phaseIndex++) {
    const step = pattern[phaseIndex] as BreathStep;
    const length = step.seconds * 1000;
    if (within < start + length || phaseIndex === pattern.length - 1) {
      const into = Math.min(within - start, length);
      return {
        phase: step.phase,
        phaseIndex,
        secondsLeft: Math.max(1, Math.ceil((length - into) / 1000)),
        progress: into / length,
        cycle,
      };
    }
    start += length;
  }
  throw new Error("unreachable");
}

/** Milliseconds left in the phase at `elapsedMs`: how long the circle should take to get there. */
export function msLeftInPhase(pattern: readonly BreathStep[], elapsedMs: number): number {
  const { phaseIndex, progress } = phaseAt(pattern, elapsedMs);
  const length = (pattern[phaseIndex] as BreathStep).seconds * 1000;
  return Math.round(length * (1 - progress));
}

/**
 * How full the lungs are at the end of a phase, 0 (empty) to 1 (full): what the visual pacer
 * grows or shrinks towards. A hold keeps the fullness before it; a breath in that a second
 * breath in will top up stops a little short of full, so the top-up can still be seen.
 */
export function fullnessAfter(pattern: readonly BreathStep[], phaseIndex: number): number {
  const n = pattern.length;
  for (let back = 0; back < n; back++) {
    const i = (((phaseIndex - back) % n) + n) % n;
    const step = pattern[i] as BreathStep;
    if (step.phase === "hold") continue;
    if (step.phase === "out") return 0;
    if (step.phase === "inAgain") return 1;
    return pattern[(i + 1) % n]?.phase === "inAgain" ? 0.75 : 1;
  }
  return 0;
}
