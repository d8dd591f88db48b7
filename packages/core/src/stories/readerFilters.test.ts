import { describe, expect, it } from "vitest";
import {
  CONTENT_NOTE_TOPICS,
  DEFAULT_READER_FILTERS,
  presentStory,
  type ReaderFilters,
  readerFiltersSchema,
} from "./readerFilters.ts";

const allShow = Object.fromEntries(CONTENT_NOTE_TOPICS.map((t) => [t, "show"])) as ReaderFilters;

describe("presentStory", () => {
  it('shows "none" and an empty list', () => {
    expect(presentStory(["none"], DEFAULT_READER_FILTERS)).toBe("show");
    expect(presentStory([], DEFAULT_READER_FILTERS)).toBe("show");
  });

  it("uses calm defaults: blur self-harm and suicide, show the rest", () => {
    expect(presentStory(["self-harm"])).toBe("blur");
    expect(presentStory(["suicide"])).toBe("blur");
    expect(presentStory(["abuse", "grief"])).toBe("show");
  });

  it("lets hide win over blur and blur over show", () => {
    const prefs: ReaderFilters = { ...allShow, grief: "blur", violence: "hide" };
    expect(presentStory(["abuse", "grief"], prefs)).toBe("blur");
    expect(presentStory(["grief", "violence"], prefs)).toBe("hide");
    expect(presentStory(["violence", "grief", "abuse"], prefs)).toBe("hide");
  });

  it("shows notes it does not know", () => {
    expect(presentStory(["something-new"], { ...allShow, abuse: "hide" })).toBe("show");
  });
});

describe("readerFiltersSchema", () => {
  it("fills missing topics with their defaults", () => {
    expect(readerFiltersSchema.parse({})).toEqual(DEFAULT_READER_FILTERS);
    expect(readerFiltersSchema.parse({ abuse: "hide" })).toEqual({
      ...DEFAULT_READER_FILTERS,
      abuse: "hide",
    });
  });

  it("rejects a choice outside show, blur and hide", () => {
    expect(readerFiltersSchema.safeParse({ abuse: "delete" }).success).toBe(false);
  });

  it("drops unknown topics", () => {
    expect(readerFiltersSchema.parse({ weather: "hide" })).toEqual(DEFAULT_READER_FILTERS);
  });
});
