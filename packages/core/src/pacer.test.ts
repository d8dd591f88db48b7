import { describe, expect, it } from "vitest";
import {
  BREATH_PATTERN_IDS,
  BREATH_PATTERNS,
  cycleMs,
  DEFAULT_BREATH_PATTERN,
  fullnessAfter,
  msLeftInPhase,
  phaseAt,
} from "./pacer.ts";

const fourSix = BREATH_PATTERNS.fourSix;
const box = BREATH_PATTERNS.box;
const sigh = BREATH_PATTERNS.sigh;

describe("breathing patterns", () => {
  it("start with 4 in / 6 out", () => {
    expect(DEFAULT_BREATH_PATTERN).toBe("fourSix");
    expect(fourSix.map((s) => [s.phase, s.seconds])).toEqual([
      ["in", 4],
      ["out", 6],
    ]);
  });

  it("have the box as in, hold, out, hold of 4 seconds each", () => {
    expect(box.map((s) => [s.phase, s.seconds])).toEqual([
      ["in", 4],
      ["hold", 4],
      ["out", 4],
      ["hold", 4],
    ]);
  });

  it("have the sigh as in 2, in again 1, a long out of 6", () => {
    expect(sigh.map((s) => [s.phase, s.seconds])).toEqual([
      ["in", 2],
      ["inAgain", 1],
      ["out", 6],
    ]);
  });

  it("each last a whole number of seconds per round", () => {
    expect(cycleMs(fourSix)).toBe(10_000);
    expect(cycleMs(box)).toBe(16_000);
    expect(cycleMs(sigh)).toBe(9_000);
    for (const id of BREATH_PATTERN_IDS) expect(cycleMs(BREATH_PATTERNS[id]) % 1000).toBe(0);
  });
});

describe("phaseAt, 4 in / 6 out", () => {
  it("begins breathing in with the whole count ahead", () => {
    expect(phaseAt(fourSix, 0)).toEqual({
      phase: "in",
      phaseIndex: 0,
      secondsLeft: 4,
      progress: 0,
      cycle: 0,
    });
  });

  it("counts down in whole seconds, rounding up", () => {
    expect(phaseAt(fourSix, 1).secondsLeft).toBe(4);
    expect(phaseAt(fourSix, 999).secondsLeft).toBe(4);
    expect(phaseAt(fourSix, 1000).secondsLeft).toBe(3);
    expect(phaseAt(fourSix, 2500).secondsLeft).toBe(2);
    expect(phaseAt(fourSix, 3001).secondsLeft).toBe(1);
    expect(phaseAt(fourSix, 3999).secondsLeft).toBe(1);
  });

  it("measures progress within the phase", () => {
    expect(phaseAt(fourSix, 1000).progress).toBe(0.25);
    expect(phaseAt(fourSix, 2000).progress).toBe(0.5);
    expect(phaseAt(fourSix, 7000).progress).toBe(0.5);
  });

  it("turns to breathing out exactly at 4 s", () => {
    expect(phaseAt(fourSix, 3999).phase).toBe("in");
    expect(phaseAt(fourSix, 4000)).toEqual({
      phase: "out",
      phaseIndex: 1,
      secondsLeft: 6,
      progress: 0,
      cycle: 0,
    });
  });

  it("wraps round to breathing in at 10 s and counts the rounds", () => {
    expect(phaseAt(fourSix, 9999)).toMatchObject({ phase: "out", secondsLeft: 1, cycle: 0 });
    expect(phaseAt(fourSix, 10_000)).toEqual({
      phase: "in",
      phaseIndex: 0,
      secondsLeft: 4,
      progress: 0,
      cycle: 1,
    });
    expect(phaseAt(fourSix, 31_000)).toMatchObject({ phase: "in", phaseIndex: 0, secondsLeft: 3, cycle: 3 });
    expect(phaseAt(fourSix, 10 * 60_000 + 4500)).toMatchObject({ phase: "out", secondsLeft: 6, cycle: 60 });
  });
});

describe("phaseAt, box", () => {
  it("walks in, hold, out, hold on the 4-second marks", () => {
    const at = (ms: number) => {
      const s = phaseAt(box, ms);
      return [s.phase, s.phaseIndex, s.secondsLeft];
    };
    expect(at(0)).toEqual(["in", 0, 4]);
    expect(at(4000)).toEqual(["hold", 1, 4]);
    expect(at(7999)).toEqual(["hold", 1, 1]);
    expect(at(8000)).toEqual(["out", 2, 4]);
    expect(at(12_000)).toEqual(["hold", 3, 4]);
    expect(at(15_999)).toEqual(["hold", 3, 1]);
    expect(at(16_000)).toEqual(["in", 0, 4]);
  });

  it("tells the two holds apart by index", () => {
    expect(phaseAt(box, 5000).phaseIndex).not.toBe(phaseAt(box, 13_000).phaseIndex);
  });

  it("counts a round only once it is complete", () => {
    expect(phaseAt(box, 15_999).cycle).toBe(0);
    expect(phaseAt(box, 16_000).cycle).toBe(1);
    expect(phaseAt(box, 48_000 + 9000)).toMatchObject({ phase: "out", cycle: 3, secondsLeft: 3 });
  });
});

describe("phaseAt, double-inhale sigh", () => {
  it("takes a breath in, a short second breath in, then a long breath out", () => {
    expect(phaseAt(sigh, 0)).toEqual({ phase: "in", phaseIndex: 0, secondsLeft: 2, progress: 0, cycle: 0 });
    expect(phaseAt(sigh, 1999)).toMatchObject({ phase: "in", secondsLeft: 1 });
    expect(phaseAt(sigh, 2000)).toEqual({
      phase: "inAgain",
      phaseIndex: 1,
      secondsLeft: 1,
      progress: 0,
      cycle: 0,
    });
    expect(phaseAt(sigh, 2500)).toMatchObject({ phase: "inAgain", secondsLeft: 1, progress: 0.5 });
    expect(phaseAt(sigh, 3000)).toEqual({
      phase: "out",
      phaseIndex: 2,
      secondsLeft: 6,
      progress: 0,
      cycle: 0,
    });
    expect(phaseAt(sigh, 8999)).toMatchObject({ phase: "out", secondsLeft: 1 });
    expect(phaseAt(sigh, 9000)).toMatchObject({ phase: "in", phaseIndex: 0, cycle: 1 });
  });
});

describe("phaseAt, odd clocks", () => {
  it("treats negative or non-finite time as the very start", () => {
    expect(phaseAt(fourSix, -500)).toEqual(phaseAt(fourSix, 0));
    expect(phaseAt(fourSix, Number.NaN)).toEqual(phaseAt(fourSix, 0));
    expect(phaseAt(fourSix, Number.POSITIVE_INFINITY)).toEqual(phaseAt(fourSix, 0));
  });

  it("accepts fractional milliseconds from performance.now()", () => {
    expect(phaseAt(fourSix, 3999.9)).toMatchObject({ phase: "in", secondsLeft: 1 });
    expect(phaseAt(fourSix, 4000.1)).toMatchObject({ phase: "out", secondsLeft: 6 });
  });

  it("never reports a count of zero or progress outside 0..1", () => {
    for (const id of BREATH_PATTERN_IDS) {
      for (let ms = 0; ms < 40_000; ms += 37) {
        const s = phaseAt(BREATH_PATTERNS[id], ms);
        expect(s.secondsLeft).toBeGreaterThanOrEqual(1);
        expect(s.progress).toBeGreaterThanOrEqual(0);
        expect(s.progress).toBeLessThan(1);
      }
    }
  });

  it("refuses an empty pattern", () => {
    expect(() => phaseAt([], 0)).toThrow();
  });
});

describe("msLeftInPhase", () => {
  it("is the whole phase at its start and shrinks to the change", () => {
    expect(msLeftInPhase(fourSix, 0)).toBe(4000);
    expect(msLeftInPhase(fourSix, 2500)).toBe(1500);
    expect(msLeftInPhase(fourSix, 4000)).toBe(6000);
    expect(msLeftInPhase(box, 15_750)).toBe(250);
  });
});

describe("fullnessAfter", () => {
  it("fills on a breath in and empties on a breath out", () => {
    expect(fullnessAfter(fourSix, 0)).toBe(1);
    expect(fullnessAfter(fourSix, 1)).toBe(0);
  });

  it("keeps a hold where the breath before it left off", () => {
    expect([0, 1, 2, 3].map((i) => fullnessAfter(box, i))).toEqual([1, 1, 0, 0]);
  });

  it("leaves room for the sigh's second breath in", () => {
    expect([0, 1, 2].map((i) => fullnessAfter(sigh, i))).toEqual([0.75, 1, 0]);
  });

  it("is empty for a pattern of holds only", () => {
    expect(fullnessAfter([{ phase: "hold", seconds: 4 }], 0)).toBe(0);
  });
});
