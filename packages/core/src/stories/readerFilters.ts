import { z } from "zod";

/**
 * Content-note topics: what an author names on a story and what a reader can filter (issue 7).
 * The stories wire shapes in packages/sync take their list from here (core ← sync).
 */
export const CONTENT_NOTE_TOPICS = [
  "abuse",
  "self-harm",
  "suicide",
  "violence",
  "grief",
  "substance-use",
  "eating",
] as const;
export type ContentNoteTopic = (typeof CONTENT_NOTE_TOPICS)[number];

/** show: as written; blur: behind a "show anyway" cover; hide: left out of the feed. */
export const READER_CHOICES = ["show", "blur", "hide"] as const;
export type ReaderChoice = (typeof READER_CHOICES)[number];

export const readerChoiceSchema = z.enum(READER_CHOICES);

/**
 * Calm defaults: every story can be reached, nothing is hidden without the reader asking, but
 * self-harm and suicide, the topics most likely to pull a reader into a hard moment unasked,
 * start behind a cover the reader lifts with one tap. Every other note is shown, since the note
 * itself already warns and most stories here touch abuse or grief.
 */
export const DEFAULT_READER_FILTERS: Readonly<Record<ContentNoteTopic, ReaderChoice>> = {
  abuse: "show",
  "self-harm": "blur",
  suicide: "blur",
  violence: "show",
  grief: "show",
  "substance-use": "show",
  eating: "show",
};

/**
 * Stored preferences. A missing topic falls back to its default, so a list that grows later
 * never leaves an older saved record invalid; unknown topics are dropped for the same reason.
 */
export const readerFiltersSchema = z.object(
  Object.fromEntries(
    CONTENT_NOTE_TOPICS.map((topic) => [topic, readerChoiceSchema.default(DEFAULT_READER_FILTERS[topic])]),
  ) as Record<ContentNoteTopic, z.ZodDefault<typeof readerChoiceSchema>>,
);
export type ReaderFilters = z.infer<typeof readerFiltersSchema>;

const WEIGHT: Record<ReaderChoice, number> = { show: 0, blur: 1, hide: 2 };

function isTopic(note: string): note is ContentNoteTopic {
  return (CONTENT_NOTE_TOPICS as readonly string[]).includes(note);
}

/**
 * How a story appears to this reader: the strictest choice among its notes wins (hide over
 * blur over show). "none", and any note this version does not know, shows.
 */
export function presentStory(
  contentNotes: readonly string[],
  prefs: Readonly<Record<ContentNoteTopic, ReaderChoice>> = DEFAULT_READER_FILTERS,
): ReaderChoice {
  let result: ReaderChoice = "show";
  for (const note of contentNotes) {
    if (!isTopic(note)) continue;
    const choice = prefs[note];
    if (WEIGHT[choice] > WEIGHT[result]) result = choice;
  }
  return result;
}
