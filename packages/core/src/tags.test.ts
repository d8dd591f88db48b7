import { describe, expect, it } from "vitest";
import { LIMITS } from "./records/base.ts";
import { hasTag, parseTags, tagKey, tagsToText } from "./tags.ts";

describe("parseTags", () => {
  it("splits on commas and new lines and trims", () => {
    expect(parseTags(" walk, sister ,\n tea ").tags).toEqual(["walk", "sister", "tea"]);
  });

  it("drops empty pieces", () => {
    expect(parseTags(",, ,walk,,").tags).toEqual(["walk"]);
    expect(parseTags("").tags).toEqual([]);
  });

  it("removes duplicates ignoring case and keeps the first spelling", () => {
    expect(parseTags("Walk, walk, WALK, #walk").tags).toEqual(["Walk"]);
  });

  it("strips a leading # and collapses inner spaces", () => {
    expect(parseTags("#morning   light").tags).toEqual(["morning light"]);
  });

  it("accepts chips as an array", () => {
    expect(parseTags(["a", " A ", "b"]).tags).toEqual(["a", "b"]);
  });

  it("reports tags over the length limit instead of cutting them", () => {
    const long = "x".repeat(LIMITS.tag + 1);
    const result = parseTags(`ok, ${long}`);
    expect(result.tags).toEqual(["ok"]);
    expect(result.tooLong).toEqual([long]);
    expect(parseTags("x".repeat(LIMITS.tag)).tooLong).toEqual([]);
  });

  it("reports too many tags", () => {
    const many = Array.from({ length: LIMITS.tags + 1 }, (_, i) => `t${i}`);
    expect(parseTags(many).tooMany).toBe(true);
    expect(parseTags(many.slice(0, LIMITS.tags)).tooMany).toBe(false);
    // Duplicates do not count towards the limit.
    expect(parseTags([...many.slice(0, LIMITS.tags), "T0"]).tooMany).toBe(false);
  });

  it("honours custom limits", () => {
    expect(parseTags("abc, de", { tag: 2, tags: 5 })).toEqual({
      tags: ["de"],
      tooLong: ["abc"],
      tooMany: false,
    });
  });
});

describe("tag helpers", () => {
  it("compares tags ignoring case and #", () => {
    expect(tagKey(" #Walk ")).toBe("walk");
    expect(hasTag(["Walk", "tea"], "#walk")).toBe(true);
    expect(hasTag(["tea"], "walk")).toBe(false);
  });

  it("round-trips tags through text", () => {
    expect(parseTags(tagsToText(["walk", "sister"])).tags).toEqual(["walk", "sister"]);
  });
});
