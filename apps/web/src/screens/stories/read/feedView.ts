import {
  CONTENT_NOTE_TOPICS,
  type ContentNoteTopic,
  presentStory,
  type ReaderChoice,
  type ReaderFilters,
} from "@small-steps/core";
import type { StorySummaryWire } from "@small-steps/sync";

/** How a story reaches this reader in a list: as written or behind a cover; hidden ones are counted. */
export interface FeedItem {
  story: StorySummaryWire;
  choice: Exclude<ReaderChoice, "hide">;
}

/** The reader's filters over the loaded stories, in order; hidden stories only leave a count. */
export function arrangeFeed(
  stories: readonly StorySummaryWire[],
  prefs: ReaderFilters,
): { items: FeedItem[]; hidden: number } {
  const items: FeedItem[] = [];
  let hidden = 0;
  for (const story of stories) {
    const choice = presentStory(story.contentNotes, prefs);
    if (choice === "hide") hidden += 1;
    else items.push({ story, choice });
  }
  return { items, hidden };
}

/**
 * On a story's own page nothing is left out: the reader came to it on purpose (a shared link, the
 * back button), so a story their filters hide waits behind the same cover as a blurred one.
 */
export function pageChoice(contentNotes: readonly string[], prefs: ReaderFilters): "show" | "blur" {
  return presentStory(contentNotes, prefs) === "show" ? "show" : "blur";
}

/** The notes that put a story behind its cover, in the list's order, for "This story mentions …". */
export function coveringNotes(contentNotes: readonly string[], prefs: ReaderFilters): ContentNoteTopic[] {
  return CONTENT_NOTE_TOPICS.filter((topic) => contentNotes.includes(topic) && prefs[topic] !== "show");
}

/** Adds a page to what is already shown; a story seen before keeps its place (keyset paging never repeats, but be safe). */
export function appendPage(
  shown: readonly StorySummaryWire[],
  page: readonly StorySummaryWire[],
): StorySummaryWire[] {
  const seen = new Set(shown.map((s) => s.id));
  return [...shown, ...page.filter((s) => !seen.has(s.id))];
}
