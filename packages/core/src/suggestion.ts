import type { NeedAnswer, NeedId, PlaceId } from "./records/checkin.ts";
import type { StepCategory } from "./records/step.ts";

/** A step logged this recently is not suggested again: the same thing twice feels like a chore. */
export const RECENT_LOG_HOURS = 4;

/** The parts of a step record the rule reads. */
export interface SuggestableStep {
  id: string;
  category: StepCategory;
  needs: readonly NeedId[];
  archived: boolean;
  deleted: boolean;
}

export interface SuggestionInput<S extends SuggestableStep> {
  steps: readonly S[];
  /** The body answers from the check-in; unanswered needs are absent. */
  needs: Partial<Record<NeedId, NeedAnswer>>;
  place?: PlaceId | undefined;
  recentLogs: readonly { stepId: string; at: string; deleted?: boolean }[];
  now: Date;
  /** Same seed, same suggestion: the check-in id, so the suggestion is stable and testable. */
  seed: string | number;
}

/**
 * One small suggestion at the end of a check-in; never a plan, never a list.
 *
 * The rule, in order:
 * 1. Only the person's own live steps: not archived, not deleted. None → undefined.
 * 2. Steps logged in the last RECENT_LOG_HOURS are set aside, unless that leaves nothing
 *    (a repeat is kinder than no suggestion).
 * 3. Each remaining step gets a score:
 *    +2 if it answers a need the person named as "not now" (named but not yet met; the
 *       body comes first, so this outweighs the rest);
 *    +1 if it fits where the person is: overwhelmed → rest or body steps (something
 *       settling); shut down → gentle body, outside or movement steps (something that
 *       brings a little life back);
 *    −1 if every need it answers was already marked "done" (no glass of water for
 *       someone who just had one).
 * 4. Among the highest-scoring steps, one is drawn by the seed. Steps are ordered by id
 *    first, so the draw does not depend on the order the store returned them in.
 */
export function suggestStep<S extends SuggestableStep>(input: SuggestionInput<S>): S | undefined {
  const active = input.steps.filter((s) => !s.archived && !s.deleted);
  if (active.length === 0) return undefined;

  const recent = recentlyLogged(input.recentLogs, input.now);
  const fresh = active.filter((s) => !recent.has(s.id));
  const pool = fresh.length > 0 ? fresh : active;

  let best: S[] = [];
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const step of pool) {
    const score = scoreStep(step, input.needs, input.place);
    if (score > bestScore) {
      best = [step];
      bestScore = score;
    } else if (score === bestScore) {
      best.push(step);
    }
  }
  best.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return best[pickIndex(input.seed, best.length)];
}

function recentlyLogged(logs: SuggestionInput<SuggestableStep>["recentLogs"], now: Date): Set<string> {
  const since = now.getTime() - RECENT_LOG_HOURS * 3_600_000;
  const ids = new Set<string>();
  for (const log of logs) {
    if (!log.deleted && Date.parse(log.at) >= since) ids.add(log.stepId);
  }
  return ids;
}

function scoreStep(
  step: SuggestableStep,
  needs: Partial<Record<NeedId, NeedAnswer>>,
  place: PlaceId | undefined,
): number {
  let score = 0;
  if (step.needs.some((n) => needs[n] === "notNow")) score += 2;
  if (fitsPlace(step, place)) score += 1;
  if (step.needs.length > 0 && step.needs.every((n) => needs[n] === "done")) score -= 1;
  return score;
}

function fitsPlace(step: SuggestableStep, place: PlaceId | undefined): boolean {
  switch (place) {
    case "overwhelmed":
      return step.category === "rest" || step.category === "body" || step.needs.includes("rest");
    case "shutDown":
      return step.category === "body" || step.category === "outside" || step.needs.includes("movement");
    default:
      return false;
  }
}

/** A small stable hash (FNV-1a) then one mulberry32 draw: deterministic on every device. */
function pickIndex(seed: string | number, length: number): number {
  let h = 0x811c9dc5;
  for (const ch of String(seed)) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193);
  }
  let t = (h + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const r = ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  return Math.floor(r * length);
}
