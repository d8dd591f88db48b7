import { describe, expect, it } from "vitest";
import { previewOf, splitParagraphs } from "./text.ts";

describe("text as text", () => {
  it("splits on blank lines and keeps markup and links as written", () => {
    expect(
      splitParagraphs("One\r\nline two\n\n \n<img src=x onerror=alert(1)>\n\nhttps://example.org"),
    ).toEqual(["One\nline two", "<img src=x onerror=alert(1)>", "https://example.org"]);
  });

  it("shows a short text whole", () => {
    expect(previewOf(["a", "b"], 10)).toEqual({ shown: ["a", "b"], cut: false });
  });

  it("opens a long text with whole paragraphs that fit", () => {
    expect(previewOf(["aaaa", "bbbb", "cccc"], 9)).toEqual({ shown: ["aaaa", "bbbb"], cut: true });
  });

  it("cuts a first paragraph that is too long at a word", () => {
    expect(previewOf(["one two three four five"], 12)).toEqual({ shown: ["one two…"], cut: true });
  });
});
