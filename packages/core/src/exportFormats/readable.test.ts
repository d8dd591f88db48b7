import { describe, expect, it } from "vitest";
import { filterRecords } from "../exportFilters.ts";
import { RECORD_KINDS } from "../records/index.ts";
import { sampleStore, WORDS } from "./fixtures.testing.ts";
import { countEntries, localClock, toReadable } from "./readable.ts";

describe("toReadable", () => {
  const store = sampleStore();
  const sections = toReadable(filterRecords(store, { kinds: [...RECORD_KINDS] }), WORDS, store);

  it("makes one section per kind that has entries, in the groups' order, oldest first", () => {
    expect(sections.map((s) => s.group)).toEqual([
      "checkins",
      "steps",
      "journal",
      "glimmers",
      "refrains",
      "sos",
      "safetyPlan",
      "contacts",
      "measures",
      "therapy",
    ]);
    expect(sections[0]?.entries.map((e) => e.day)).toEqual(["2026-01-15", "2026-03-04"]);
    expect(sections.find((s) => s.group === "therapy")?.entries.map((e) => e.kind)).toEqual([
      "therapyNote",
      "therapySession",
    ]);
    expect(countEntries(sections)).toBe(14);
  });

  it("names things in the person's words, never by id, and leaves deleted words out", () => {
    const all = JSON.stringify(sections);
    expect(all).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(all).not.toContain("Let this go");
    expect(all).not.toContain("gone");
    const checkin = sections[0]?.entries[1];
    expect(checkin?.text).toBe("A slow morning.");
    expect(checkin?.details.map((d) => `${d.label}: ${d.value}`)).toEqual([
      "Field place: Steady",
      "Field feelings: Feeling tender (4 of 10)",
      "Field needs: Need water: cared for, Need rest: not now",
    ]);
    const steps = sections[1]?.entries.map((e) => e.text);
    expect(steps).toEqual(["Library makeBed", "A short walk"]);
  });

  it("gives each kind its details", () => {
    const detail = (group: string) =>
      sections.find((s) => s.group === group)?.entries.map((e) => [e.text, e.details.map((d) => d.value)]);
    expect(detail("journal")).toEqual([
      ["# Not a heading\nSecond line\n\nNew paragraph", ["What helped today?", "Family, sleep", "Yes"]],
      ["Work again", ["work"]],
    ]);
    expect(detail("sos")).toEqual([["", ["8 of 10", "5 of 10", "Tool breathe, Tool senses"]]]);
    expect(detail("safetyPlan")).toEqual([
      ["", ["I stop answering messages", "Sam (07700 900123)", "Pepper, my cat"]],
    ]);
    expect(detail("measures")).toEqual([
      ["PHQ-9", ["4 of 27 (band minimal)", "1, 1, 0, 0, 1, 0, 1, 0, 0", "Somewhat difficult"]],
    ]);
    expect(detail("therapy")).toEqual([
      ["Talk about sleep", []],
      ["", ["Yes", "Go slow", "One walk"]],
    ]);
  });

  it("names a feeling that was felt but not rated, with no number beside it", () => {
    const checkin = store.find((r) => r.kind === "checkin" && "note" in r && r.note === "A slow morning.");
    if (checkin?.kind !== "checkin") throw new Error("fixture changed");
    const unrated = {
      ...checkin,
      feelings: [{ id: "tired" as const }, { id: "tender" as const, intensity: 4 }],
    };
    const [section] = toReadable([unrated], WORDS, store);
    expect(section?.entries[0]?.details.find((d) => d.field === "feelings")?.value).toBe(
      "Feeling tired, Feeling tender (4 of 10)",
    );
  });

  it("reads the local wall-clock time of a moment", () => {
    expect(localClock(new Date(2026, 2, 4, 9, 5).toISOString())).toBe("09:05");
  });
});
