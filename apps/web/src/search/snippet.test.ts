import { describe, expect, it } from "vitest";
import { findMatches, makeSnippet, queryTerms, segmentsOf } from "./snippet.ts";

const marked = (s: ReturnType<typeof makeSnippet>) =>
  s.segments.map((x) => (x.hit ? `[${x.text}]` : x.text)).join("");

describe("queryTerms", () => {
  it("folds case and accents and splits on punctuation", () => {
    expect(queryTerms("Café, TEA!")).toEqual(["cafe", "tea"]);
  });
  it("drops single letters unless they are all there is", () => {
    expect(queryTerms("don't")).toEqual(["don"]);
    expect(queryTerms("a")).toEqual(["a"]);
    expect(queryTerms("   ")).toEqual([]);
  });
});

describe("findMatches", () => {
  it("marks words that begin with a term, not matches inside words", () => {
    expect(findMatches("tea and steam", ["tea"])).toEqual([[0, 3]]);
  });
  it("maps accented text back to the original characters", () => {
    const text = "Un café crème";
    const [range] = findMatches(text, ["creme"]);
    expect(range && text.slice(range[0], range[1])).toBe("crème");
  });
  it("merges overlapping matches", () => {
    expect(findMatches("walking", ["wa", "walk"])).toEqual([[0, 4]]);
  });
});

describe("segmentsOf", () => {
  it("squeezes white space and keeps order", () => {
    expect(segmentsOf("a\n\n  tea  b", [[5, 8]])).toEqual([
      { text: "a ", hit: false },
      { text: "tea", hit: true },
      { text: " b", hit: false },
    ]);
  });
});

describe("makeSnippet", () => {
  it("highlights matches in short text", () => {
    const s = makeSnippet("A warm cup of tea by the window", ["warm", "tea"]);
    expect(marked(s)).toBe("A [warm] cup of [tea] by the window");
    expect(s.clippedStart).toBe(false);
    expect(s.clippedEnd).toBe(false);
  });

  it("moves the window to a match deep in long text, cutting at word edges", () => {
    const text = `${"quiet ".repeat(100)}the lamp in the window ${"still ".repeat(100)}`;
    const s = makeSnippet(text, ["lamp"], 80);
    expect(s.clippedStart).toBe(true);
    expect(s.clippedEnd).toBe(true);
    expect(marked(s)).toContain("[lamp]");
    expect(s.segments[0]?.text.startsWith("quiet")).toBe(true);
    expect(marked(s).length).toBeLessThanOrEqual(84);
  });

  it("shows the start of the text when only a tag matched", () => {
    const s = makeSnippet("Nothing matching here at all", ["sister"]);
    expect(marked(s)).toBe("Nothing matching here at all");
  });
});
