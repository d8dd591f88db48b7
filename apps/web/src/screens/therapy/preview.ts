import type { JournalRecord } from "@small-steps/core";

/** Lists show the start of a long entry; the whole entry is one link away. */
export const PREVIEW_CHARS = 300;

/** The start of an entry's words, or "" for a sketch with no words. */
export function entryPreview(entry: JournalRecord): string {
  const text = entry.text.trim();
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS).trimEnd()}…` : text;
}
