import type { PushProblem, PushState } from "./pushSubscription.ts";

/**
 * Which words (in the "push" namespace) the toggle shows: a standing note for states where the
 * switch cannot help (unsupported, blocked), and a status line after each attempt.
 */

/** The note shown instead of the switch, or undefined when the switch is shown. */
export function standingNote(
  state: PushState | "checking",
): "checking" | "unsupported" | "denied" | undefined {
  return state === "checking" || state === "unsupported" || state === "denied" ? state : undefined;
}

/** The status after an attempt: what is true now, or what went wrong, kindly. */
export function outcomeKey(outcome: { ok: true; on: boolean } | { ok: false; problem: PushProblem }): string {
  if (outcome.ok) return outcome.on ? "on" : "off";
  if (outcome.problem === "unsupported" || outcome.problem === "denied") return outcome.problem;
  return `problem.${outcome.problem}`;
}
