import { describe, expect, it } from "vitest";
import { excerptOf, splitParagraphs } from "./text.ts";

describe("story paragraphs", () => {
  it("split on blank lines and keep single line breaks inside a paragraph", () => {
    expect(splitParagraphs("One\nstill one\n\nTwo\n \nThree")).toEqual(["One\nstill one", "Two", "Three"]);
  });

  it("read Windows and old Mac line endings the same", () => {
    expect(splitParagraphs("A\r\n\r\nB\r\rC")).toEqual(["A", "B", "C"]);
  });

  it("drop empty paragraphs and trailing space but keep leading indentation", () => {
    expect(splitParagraphs("\n\n  indented  \n\n\n\n\nlast\n\n")).toEqual(["  indented", "last"]);
  });

  it("leave markup and links exactly as written", () => {
    const body = '<img src=x onerror=alert(1)>\n\n<a href="javascript:alert(1)">hi</a> https://example.org';
    expect(splitParagraphs(body)).toEqual([
      "<img src=x onerror=alert(1)>",
      '<a href="javascript:alert(1)">hi</a> https://example.org',
    ]);
  });
});

describe("feed excerpts", () => {
  it("keep a short story whole, with its whitespace folded", () => {
    expect(excerptOf("A small\n\nstep  today.")).toBe("A small step today.");
  });

  it("cut a long story at a word and mark the cut", () => {
    const text = `${"word ".repeat(100)}end`;
    const excerpt = excerptOf(text, 30);
    expect(excerpt.length).toBeLessThanOrEqual(31);
    expect(excerpt.endsWith("word…")).toBe(true);
  });

  it("cut one very long word where it must", () => {
    expect(excerptOf("a".repeat(50), 10)).toBe(`${"a".repeat(10)}…`);
  });
});
