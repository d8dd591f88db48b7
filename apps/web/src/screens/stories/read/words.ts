import type { TFunction } from "i18next";

/** "self-harm and suicide": the notes in the reader's language, joined as a sentence would. */
export function notesSentence(t: TFunction, notes: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { type: "conjunction" }).format(
    notes.map((n) => t(`stories:notes.topic.${n}`)),
  );
}

/** "grief, abuse": the notes as a short list. */
export function notesList(t: TFunction, notes: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { type: "unit", style: "short" }).format(
    notes.map((n) => t(`stories:notes.topic.${n}`)),
  );
}
