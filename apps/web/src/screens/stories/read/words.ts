import type { TFunction } from "i18next";
import { dateFormatter, sameYear } from "../../../ui/dates.ts";

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

/** "4 March", with the year when it isn't this year. */
export function storyDate(iso: string, language: string, now = new Date()): string {
  const date = new Date(iso);
  return dateFormatter(language, {
    day: "numeric",
    month: "long",
    ...(sameYear(date, now) ? {} : { year: "numeric" }),
  }).format(date);
}
