import { describe, expect, it } from "vitest";
import { MUTE_NO_END, muteState, muteUntil } from "./mute.ts";

// Local times, as the person's clock reads them.
const at = (y: number, m: number, d: number, h: number, min = 0) => new Date(y, m - 1, d, h, min);

describe("muteUntil", () => {
  it("an hour from now", () => {
    const now = at(2026, 3, 4, 21, 15);
    expect(new Date(muteUntil("hour", now)).getTime() - now.getTime()).toBe(3_600_000);
  });

  it("until tomorrow morning at eight", () => {
    expect(new Date(muteUntil("morning", at(2026, 3, 4, 21, 15)))).toEqual(at(2026, 3, 5, 8));
    // Across a month's end.
    expect(new Date(muteUntil("morning", at(2026, 3, 31, 9)))).toEqual(at(2026, 4, 1, 8));
  });

  it("in the small hours, tomorrow morning is the coming one", () => {
    expect(new Date(muteUntil("morning", at(2026, 3, 5, 2, 30)))).toEqual(at(2026, 3, 5, 8));
  });

  it("a week, by the calendar", () => {
    expect(new Date(muteUntil("week", at(2026, 3, 4, 21, 15)))).toEqual(at(2026, 3, 11, 21, 15));
  });

  it("no end is a time no one reaches", () => {
    expect(muteUntil("noEnd")).toBe(MUTE_NO_END);
  });
});

describe("muteState", () => {
  const now = at(2026, 3, 4, 12);
  it("no mute, or one that has passed, is no mute", () => {
    expect(muteState(null, now)).toEqual({ kind: "none" });
    expect(muteState(at(2026, 3, 4, 11).toISOString(), now)).toEqual({ kind: "none" });
    expect(muteState("not a time", now)).toEqual({ kind: "none" });
  });

  it("a mute with an end", () => {
    const until = at(2026, 3, 5, 8);
    expect(muteState(until.toISOString(), now)).toEqual({ kind: "until", until });
  });

  it("a far-future mute reads as no end", () => {
    expect(muteState(MUTE_NO_END, now)).toEqual({ kind: "noEnd" });
    expect(muteState(muteUntil("noEnd", now), now)).toEqual({ kind: "noEnd" });
  });
});
