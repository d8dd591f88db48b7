import { describe, expect, it } from "vitest";
import { draftFromEntry, entryShare } from "./fromJournal.ts";

const entry = {
  text: "  Today the lamp was on.\n\nI noticed it.  ",
  deleted: false,
  prompt: "What felt a little lighter today?",
  tags: ["lamp"],
};

describe("starting a story from a journal entry", () => {
  it("copies only the words, with an empty title and nothing chosen for the reader", () => {
    const draft = draftFromEntry(entry);
    expect(draft).toEqual({
      title: "",
      body: "Today the lamp was on.\n\nI noticed it.",
      themes: [],
      notes: { notes: [], none: false },
      anonymous: false,
    });
  });

  it("never changes the entry", () => {
    const before = structuredClone(entry);
    const draft = draftFromEntry(entry);
    draft.body = "changed";
    expect(entry).toEqual(before);
  });

  it("needs an entry that is there and holds words", () => {
    expect(entryShare(null)).toBe("missing");
    expect(entryShare({ text: "x", deleted: true })).toBe("missing");
    expect(entryShare({ text: "  \n ", deleted: false })).toBe("noWords");
    expect(entryShare({ text: "One word", deleted: false })).toBe("ready");
  });
});
