import type { JournalRecord } from "@small-steps/core";
import { emptyDraft, type StoryDraft } from "./storyDraft.ts";

/** Whether a journal entry can start a story: it must be there and hold words (a sketch stays private). */
export type EntryShare = "missing" | "noWords" | "ready";

export function entryShare(entry: Pick<JournalRecord, "text" | "deleted"> | null): EntryShare {
  if (!entry || entry.deleted) return "missing";
  return entry.text.trim().length > 0 ? "ready" : "noWords";
}

/**
 * A new story draft holding a COPY of the entry's words, nothing else: not its prompt, tags,
 * sketch, check-in or date. The title starts empty, for the person to choose; the entry itself is
 * never touched.
 */
export function draftFromEntry(entry: Pick<JournalRecord, "text">): StoryDraft {
  return { ...emptyDraft(), body: entry.text.trim() };
}
