import { describe, expect, it } from "vitest";
import { SAFETY_PLAN_SECTIONS } from "./records/sos.ts";
import {
  cleanSection,
  emptyPlanSections,
  itemProblem,
  moveItem,
  PLAN_ITEM_MAX,
  planHasItems,
  planSectionsOf,
} from "./safetyPlan.ts";

describe("plan sections", () => {
  it("start empty, one list for each of the seven sections", () => {
    const empty = emptyPlanSections();
    expect(Object.keys(empty)).toEqual([...SAFETY_PLAN_SECTIONS]);
    expect(planHasItems(empty)).toBe(false);
    expect(planHasItems(undefined)).toBe(false);
  });

  it("are read from a stored plan, tolerating missing lists", () => {
    const sections = planSectionsOf({ reasonsForLiving: [{ text: "My cat" }] });
    expect(sections.reasonsForLiving).toEqual([{ text: "My cat" }]);
    expect(sections.warningSigns).toEqual([]);
    expect(planHasItems(sections)).toBe(true);
  });
});

describe("moveItem", () => {
  it("moves up and down", () => {
    expect(moveItem(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
  });

  it("changes nothing past either end", () => {
    expect(moveItem(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(moveItem(["a", "b"], 1, 1)).toEqual(["a", "b"]);
    expect(moveItem([], 0, 1)).toEqual([]);
  });

  it("returns a new array", () => {
    const list = ["a", "b"];
    expect(moveItem(list, 0, 1)).not.toBe(list);
    expect(list).toEqual(["a", "b"]);
  });
});

describe("itemProblem", () => {
  it("lets blank rows and ordinary items through", () => {
    expect(itemProblem({ text: "", phone: "" })).toBeUndefined();
    expect(itemProblem({ text: "Sam", phone: "07700 900123" })).toBeUndefined();
  });

  it("names a text that is too long", () => {
    expect(itemProblem({ text: "x".repeat(PLAN_ITEM_MAX + 1), phone: "" })).toEqual({
      field: "text",
      code: "tooLong",
    });
  });

  it("names a phone it cannot store, and a phone with no name", () => {
    expect(itemProblem({ text: "Sam", phone: "ring Sam" })).toEqual({ field: "phone", code: "characters" });
    expect(itemProblem({ text: " ", phone: "0123" })).toEqual({ field: "text", code: "missingWithPhone" });
  });
});

describe("cleanSection", () => {
  it("trims, drops blank rows, and keeps phones only where the section takes them", () => {
    const rows = [
      { text: "  Sam ", phone: " 0123 " },
      { text: "", phone: "" },
      { text: "Jo", phone: "" },
    ];
    expect(cleanSection("helpers", rows)).toEqual([{ text: "Sam", phone: "0123" }, { text: "Jo" }]);
    expect(cleanSection("warningSigns", rows)).toEqual([{ text: "Sam" }, { text: "Jo" }]);
  });
});
