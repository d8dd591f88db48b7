import type { StoryWire } from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import {
  checkDraft,
  chooseNone,
  draftFromStory,
  emptyDraft,
  notesFromWire,
  notesToWire,
  type StoryDraft,
  toggleNote,
  toggleTheme,
} from "./storyDraft.ts";

const ready = (over: Partial<StoryDraft> = {}): StoryDraft => ({
  ...emptyDraft(),
  title: "The lamp",
  body: "First paragraph.\n\nSecond paragraph.",
  notes: { notes: ["grief"], none: false },
  ...over,
});

describe("content notes (ST3)", () => {
  it("start with nothing chosen, which is not the same as none", () => {
    const start = emptyDraft().notes;
    expect(start).toEqual({ notes: [], none: false });
    expect(notesToWire(start)).toEqual([]);
  });

  it("ticking a note takes back 'none of these'", () => {
    const none = chooseNone(emptyDraft().notes, true);
    expect(notesToWire(none)).toEqual(["none"]);
    const withNote = toggleNote(none, "grief", true);
    expect(withNote).toEqual({ notes: ["grief"], none: false });
  });

  it("ticking 'none of these' clears every note", () => {
    let choice = toggleNote(emptyDraft().notes, "abuse", true);
    choice = toggleNote(choice, "violence", true);
    expect(chooseNone(choice, true)).toEqual({ notes: [], none: true });
  });

  it("unticking 'none' leaves nothing chosen, and unticking a note keeps the others", () => {
    expect(chooseNone({ notes: [], none: true }, false)).toEqual({ notes: [], none: false });
    const two = toggleNote(toggleNote(emptyDraft().notes, "grief", true), "abuse", true);
    expect(toggleNote(two, "grief", false)).toEqual({ notes: ["abuse"], none: false });
  });

  it("keep the list's order whatever order they were ticked in, and never twice", () => {
    let choice = toggleNote(emptyDraft().notes, "eating", true);
    choice = toggleNote(choice, "abuse", true);
    choice = toggleNote(choice, "abuse", true);
    expect(choice.notes).toEqual(["abuse", "eating"]);
  });

  it("read back from the wire", () => {
    expect(notesFromWire(["none"])).toEqual({ notes: [], none: true });
    expect(notesFromWire(["grief", "abuse"])).toEqual({ notes: ["abuse", "grief"], none: false });
  });
});

describe("themes", () => {
  it("are not capped while ticking, and stay in the list's order", () => {
    let themes = toggleTheme([], "work", true);
    for (const theme of ["hope", "body", "family"] as const) themes = toggleTheme(themes, theme, true);
    expect(themes).toEqual(["family", "body", "hope", "work"]);
    expect(toggleTheme(themes, "body", false)).toEqual(["family", "hope", "work"]);
  });
});

describe("checkDraft", () => {
  it("accepts a story with a note, and one with 'none' chosen on purpose", () => {
    const a = checkDraft(ready());
    expect(a.ok && a.write.contentNotes).toEqual(["grief"]);
    const b = checkDraft(ready({ notes: { notes: [], none: true } }));
    expect(b.ok && b.write.contentNotes).toEqual(["none"]);
  });

  it("asks for a content note choice when nothing is chosen", () => {
    const r = checkDraft(ready({ notes: { notes: [], none: false } }));
    expect(r).toEqual({ ok: false, problems: [{ field: "contentNotes", kind: "choose" }] });
  });

  it("names every problem once, in the order of the page", () => {
    const r = checkDraft({
      title: "   ",
      body: "x".repeat(20_001),
      themes: ["family", "body", "hope", "work"],
      notes: { notes: [], none: false },
      anonymous: false,
    });
    expect(r).toEqual({
      ok: false,
      problems: [
        { field: "title", kind: "empty" },
        { field: "body", kind: "tooLong", max: 20_000, count: 20_001 },
        { field: "themes", kind: "tooMany", max: 3 },
        { field: "contentNotes", kind: "choose" },
      ],
    });
  });

  it("keeps the words byte for byte (paragraphs, links and markup are only text)", () => {
    const body = "Line one.\n\nA link: https://example.org <b>not bold</b>\n";
    const r = checkDraft(ready({ body }));
    expect(r.ok && r.write.body).toBe(body);
  });
});

describe("draftFromStory", () => {
  it("brings a saved story back into the form", () => {
    const story = {
      id: "s1",
      status: "draft",
      mine: true,
      author: { name: "Wren", about: "", avatarColour: "sage", anonymous: false },
      title: "T",
      body: "B",
      themes: ["hope", "family"],
      contentNotes: ["none"],
      anonymous: true,
      publishedAt: null,
      updatedAt: "2026-03-04T10:00:00.000Z",
      heartCount: 0,
      hideHearts: false,
      heartedByMe: false,
      commentCount: 0,
    } satisfies StoryWire;
    expect(draftFromStory(story)).toEqual({
      title: "T",
      body: "B",
      themes: ["family", "hope"],
      notes: { notes: [], none: true },
      anonymous: true,
    });
  });
});
