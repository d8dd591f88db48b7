/**
 * When an SOS visit is still the same moment. A visit left without "Finish for now" is not
 * waited on forever: untouched (no rating, no tool opened) for over an hour, it is closed as it
 * stood — nothing is added to it, no "after" rating is made up — and the next "I'm struggling"
 * starts a new visit with nothing chosen.
 *
 * Inside the hour the visit goes on (the tools opened are one visit), but a distress rating
 * is "how strong is it right now", and after a few minutes it no longer is: it is shown as
 * "earlier, at 14:05", never chosen again as if it were the same moment. Ten minutes, because
 * a breathing round or 5-4-3-2-1 takes a few minutes and coming straight back from one is
 * still the moment the rating was given; twenty minutes later it is not.
 */
export const SOS_VISIT_IDLE_MS = 60 * 60 * 1000;
export const SOS_RATING_NOW_MS = 10 * 60 * 1000;

/** Open while not finished and touched within the hour; `lastTouched` is the visit's updatedAt. */
export function isVisitOpen(
  visit: { endedAt?: string | undefined; updatedAt: string },
  now: number,
): boolean {
  if (visit.endedAt !== undefined) return false;
  const touched = Date.parse(visit.updatedAt);
  return Number.isFinite(touched) && now - touched <= SOS_VISIT_IDLE_MS;
}

/** A rating given at `ratedAt` still answers "right now" (and may be shown chosen). */
export function isRatingNow(ratedAt: string | undefined, now: number): boolean {
  if (ratedAt === undefined) return false;
  const at = Date.parse(ratedAt);
  return Number.isFinite(at) && now - at >= 0 && now - at <= SOS_RATING_NOW_MS;
}
