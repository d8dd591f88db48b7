import { DEFAULT_READER_FILTERS, type ReaderFilters } from "@small-steps/core";
import type { StorySummaryWire } from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import { appendPage, arrangeFeed, coveringNotes, pageChoice } from "./feedView.ts";

function story(id: string, contentNotes: StorySummaryWire["contentNotes"]): StorySummaryWire {
  return {
    id,
    status: "published",
    mine: false,
    author: { name: "Wren", about: "", avatarColour: "sage", anonymous: false },
    title: `Story ${id}`,
    excerpt: "Some words.",
    themes: [],
    contentNotes,
    anonymous: false,
    publishedAt: "2026-03-04T10:00:00.000Z",
    updatedAt: "2026-03-04T10:00:00.000Z",
    heartCount: 0,
    hideHearts: false,
    heartedByMe: false,
    commentCount: 0,
  };
}

const prefs = (changes: Partial<ReaderFilters>): ReaderFilters => ({ ...DEFAULT_READER_FILTERS, ...changes });

describe("the feed under reader filters", () => {
  it("shows, covers by default self-harm and suicide, and never hides unasked", () => {
    const { items, hidden } = arrangeFeed(
      [
        story("a", ["none"]),
        story("b", ["grief"]),
        story("c", ["self-harm"]),
        story("d", ["abuse", "suicide"]),
      ],
      DEFAULT_READER_FILTERS,
    );
    expect(items.map((i) => [i.story.id, i.choice])).toEqual([
      ["a", "show"],
      ["b", "show"],
      ["c", "blur"],
      ["d", "blur"],
    ]);
    expect(hidden).toBe(0);
  });

  it("leaves out what the reader hides, keeps the order, and counts it", () => {
    const { items, hidden } = arrangeFeed(
      [
        story("a", ["grief"]),
        story("b", ["abuse"]),
        story("c", ["grief", "violence"]),
        story("d", ["eating"]),
      ],
      prefs({ grief: "hide", eating: "blur" }),
    );
    expect(items.map((i) => [i.story.id, i.choice])).toEqual([
      ["b", "show"],
      ["d", "blur"],
    ]);
    expect(hidden).toBe(2);
  });

  it("lets the strictest note win", () => {
    const { items, hidden } = arrangeFeed(
      [story("a", ["abuse", "grief"])],
      prefs({ abuse: "blur", grief: "hide" }),
    );
    expect(items).toEqual([]);
    expect(hidden).toBe(1);
  });

  it("covers a hidden story on its own page instead of leaving it out", () => {
    expect(pageChoice(["grief"], prefs({ grief: "hide" }))).toBe("blur");
    expect(pageChoice(["self-harm"], DEFAULT_READER_FILTERS)).toBe("blur");
    expect(pageChoice(["self-harm"], prefs({ "self-harm": "show" }))).toBe("show");
    expect(pageChoice(["none"], DEFAULT_READER_FILTERS)).toBe("show");
  });

  it("names only the notes that put a story behind its cover", () => {
    expect(coveringNotes(["suicide", "grief", "self-harm"], DEFAULT_READER_FILTERS)).toEqual([
      "self-harm",
      "suicide",
    ]);
    expect(coveringNotes(["grief", "abuse"], prefs({ grief: "hide" }))).toEqual(["grief"]);
    expect(coveringNotes(["none"], DEFAULT_READER_FILTERS)).toEqual([]);
  });

  it("appends a page without repeating a story", () => {
    const shown = [story("a", ["none"]), story("b", ["none"])];
    expect(appendPage(shown, [story("b", ["none"]), story("c", ["none"])]).map((s) => s.id)).toEqual([
      "a",
      "b",
      "c",
    ]);
  });
});
