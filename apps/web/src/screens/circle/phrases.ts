import { DEFAULT_PHRASES, type PhraseKind, type PhraseSet } from "../../circle/model.ts";

/** The two lists as the screens show them: words in the person's language, ready to send. */
export interface PhraseTexts {
  reach: string[];
  answer: string[];
}

/**
 * Until either person shapes the messages, the pair uses the defaults, which are i18n keys so each
 * person sees them in their own language. Once edited, the lists are the words the two agreed on,
 * shown as they were written.
 */
export function resolvePhrases(set: PhraseSet | null | undefined, t: (key: string) => string): PhraseTexts {
  if (!set || set.by === "default") {
    return { reach: DEFAULT_PHRASES.reach.map((k) => t(k)), answer: DEFAULT_PHRASES.answer.map((k) => t(k)) };
  }
  return { reach: [...set.reach], answer: [...set.answer] };
}

/** The first few reach-out phrases, for the SOS step: a hard moment needs few choices. */
export function firstPhrases(texts: PhraseTexts, kind: PhraseKind, count = 3): string[] {
  return texts[kind].slice(0, count);
}

/** Edited lists as they will be saved: trimmed, empty lines dropped, each list at most `max` long. */
export function cleanPhraseList(list: readonly string[], max: number): string[] {
  return list
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .slice(0, max);
}
