import {
  CONTENT_NOTES,
  type ContentNote,
  type ContentNotes,
  STORY_LIMITS,
  STORY_THEMES,
  type StoryTheme,
  type StoryWire,
  type StoryWrite,
  storyWriteSchema,
} from "@small-steps/sync";

/**
 * The story form's state and rules, kept apart from the screen so they can be tested. Content
 * notes (ST3): one or more from the list, or "none of these" chosen on purpose; the two never
 * mix, and choosing nothing is not the same as choosing none.
 */

export interface NotesChoice {
  notes: ContentNote[];
  /** "None of these", ticked on purpose. */
  none: boolean;
}

export interface StoryDraft {
  title: string;
  body: string;
  themes: StoryTheme[];
  notes: NotesChoice;
  anonymous: boolean;
}

export const emptyDraft = (): StoryDraft => ({
  title: "",
  body: "",
  themes: [],
  notes: { notes: [], none: false },
  anonymous: false,
});

/** Keeps a list in the order of its fixed list, so the wire and the screen agree. */
const inOrder = <T extends string>(order: readonly T[], items: readonly T[]): T[] =>
  order.filter((item) => items.includes(item));

/** Ticking a note takes back "none of these"; unticking it leaves the rest. */
export function toggleNote(choice: NotesChoice, note: ContentNote, on: boolean): NotesChoice {
  const rest = choice.notes.filter((n) => n !== note);
  return on ? { notes: inOrder(CONTENT_NOTES, [...rest, note]), none: false } : { ...choice, notes: rest };
}

/** Ticking "none of these" clears every note; unticking it leaves nothing chosen. */
export function chooseNone(_choice: NotesChoice, on: boolean): NotesChoice {
  return { notes: [], none: on };
}

export function notesToWire(choice: NotesChoice): string[] {
  return choice.none ? ["none"] : [...choice.notes];
}

export function notesFromWire(notes: ContentNotes): NotesChoice {
  if (notes.length === 1 && notes[0] === "none") return { notes: [], none: true };
  return { notes: inOrder(CONTENT_NOTES, notes as ContentNote[]), none: false };
}

/** Themes are not capped while ticking: the count is shown, and saving asks for fewer. */
export function toggleTheme(themes: StoryTheme[], theme: StoryTheme, on: boolean): StoryTheme[] {
  const rest = themes.filter((t) => t !== theme);
  return on ? inOrder(STORY_THEMES, [...rest, theme]) : rest;
}

export function draftFromStory(story: StoryWire): StoryDraft {
  return {
    title: story.title,
    body: story.body,
    themes: inOrder(STORY_THEMES, story.themes),
    notes: notesFromWire(story.contentNotes),
    anonymous: story.anonymous,
  };
}

export type DraftField = "title" | "body" | "themes" | "contentNotes";
/** Fields in the order they appear, so focus goes to the first problem on the page. */
export const DRAFT_FIELDS: readonly DraftField[] = ["title", "body", "themes", "contentNotes"];

export type DraftProblem =
  | { field: "title" | "body"; kind: "empty" }
  | { field: "title" | "body"; kind: "tooLong"; max: number; count: number }
  | { field: "themes"; kind: "tooMany"; max: number }
  | { field: "contentNotes"; kind: "choose" };

export type DraftCheck = { ok: true; write: StoryWrite } | { ok: false; problems: DraftProblem[] };

/**
 * The same schema the server uses (storyWriteSchema), read into one problem per field, in page
 * order. The schema's own messages are English; the screen words them from the locale file.
 */
export function checkDraft(draft: StoryDraft): DraftCheck {
  const candidate = {
    title: draft.title,
    body: draft.body,
    themes: draft.themes,
    contentNotes: notesToWire(draft.notes),
    anonymous: draft.anonymous,
  };
  const parsed = storyWriteSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, write: parsed.data };
  const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
  const problems: DraftProblem[] = [];
  for (const field of DRAFT_FIELDS) {
    if (!fields.has(field)) continue;
    if (field === "title" || field === "body") {
      const max = STORY_LIMITS[field];
      const count = draft[field].length;
      problems.push(count > max ? { field, kind: "tooLong", max, count } : { field, kind: "empty" });
    } else if (field === "themes") {
      problems.push({ field, kind: "tooMany", max: STORY_LIMITS.themes });
    } else {
      problems.push({ field, kind: "choose" });
    }
  }
  return { ok: false, problems };
}
