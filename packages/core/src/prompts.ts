/**
 * Journal prompts rotate rather than shuffle: the first one depends on the day, so opening the
 * journal twice on one day offers the same gentle question, and "Another prompt" walks through
 * the rest in order without repeating until every prompt has had its turn.
 */

/** A small, stable hash of a day key, so the starting prompt changes from day to day. */
function dayHash(day: string): number {
  let h = 0;
  for (let i = 0; i < day.length; i++) h = (h * 31 + day.charCodeAt(i)) >>> 0;
  return h;
}

/** The prompt offered first on a given day. */
export function firstPromptIndex(day: string, count: number): number {
  if (count <= 0) return -1;
  return dayHash(day) % count;
}

/** The prompt after `current`; wraps around, so every prompt comes before any repeats. */
export function nextPromptIndex(current: number, count: number): number {
  if (count <= 0) return -1;
  if (!Number.isInteger(current) || current < 0) return 0;
  return (current + 1) % count;
}
