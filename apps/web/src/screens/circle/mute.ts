/** How long a person asked for quiet from someone (docs/circle.md CR9). */
export type MuteChoice = "hour" | "morning" | "week" | "noEnd";

export const MUTE_CHOICES: readonly MuteChoice[] = ["hour", "morning", "week", "noEnd"];

/**
 * "Until I turn it back on" is a mute with a date no one will reach: the server keeps one kind of
 * mute (until a time), so pushes respect it with no special case. The same value as the
 * engine's MUTE_FOREVER (circle/engine.ts), kept here so this file stays pure.
 */
export const MUTE_NO_END = "9999-12-31T00:00:00.000Z";

/** The morning hour "until tomorrow morning" ends at, on the person's own clock. */
const MORNING_HOUR = 8;
/** Before this hour, "tomorrow morning" still means the coming morning, not the one after. */
const NIGHT_ENDS_HOUR = 5;

/** When a mute chosen now should end, as an ISO time. */
export function muteUntil(choice: MuteChoice, now: Date = new Date()): string {
  switch (choice) {
    case "hour":
      return new Date(now.getTime() + 60 * 60 * 1000).toISOString();
    case "week": {
      const end = new Date(now);
      end.setDate(end.getDate() + 7);
      return end.toISOString();
    }
    case "morning": {
      const end = new Date(now);
      if (now.getHours() >= NIGHT_ENDS_HOUR) end.setDate(end.getDate() + 1);
      end.setHours(MORNING_HOUR, 0, 0, 0);
      return end.toISOString();
    }
    case "noEnd":
      return MUTE_NO_END;
  }
}

export type MuteState = { kind: "none" } | { kind: "until"; until: Date } | { kind: "noEnd" };

/** A mute far beyond any lifetime reads as "until you turn it back on". */
const NO_END_AFTER_YEARS = 100;

/** Where a mute stands now: a mute whose time has passed is no mute. */
export function muteState(mutedUntil: string | null, now: Date = new Date()): MuteState {
  if (!mutedUntil) return { kind: "none" };
  const until = new Date(mutedUntil);
  if (Number.isNaN(until.getTime()) || until.getTime() <= now.getTime()) return { kind: "none" };
  if (until.getFullYear() - now.getFullYear() >= NO_END_AFTER_YEARS) return { kind: "noEnd" };
  return { kind: "until", until };
}
