import { DataSet, englishDataset, englishRecommendedTransformers, RegExpMatcher } from "obscenity";
import { CRISIS_PHRASES, DISMISSIVE_PHRASES } from "./textPhrases.ts";

export type HarshReason = "profanity" | "dismissive";

export interface TextCheck {
  /** The web shows a gentle nudge: edit it, or post it anyway and it waits for review. */
  harsh: boolean;
  reasons: HarshReason[];
  /** Privately show the author support and flag for moderators; never broadcast. */
  crisis: boolean;
}

/**
 * Words a survivor may need to name what happened to them. In a story or a reply ("I was raped
 * too", "my uncle's penis") they describe, they do not insult, so they must not nudge.
 */
const DESCRIPTIVE_WORDS = new Set([
  "anal",
  "anus",
  "boob",
  "ejaculate",
  "incest",
  "masturbate",
  "orgasm",
  "penis",
  "porn",
  "rape",
  "semen",
  "sex",
  "tit",
  "vagina",
]);

const profanity = new RegExpMatcher({
  ...new DataSet<{ originalWord: string }>()
    .addAll(englishDataset)
    .removePhrasesIf((phrase) => DESCRIPTIVE_WORDS.has(phrase.metadata?.originalWord ?? ""))
    .build(),
  ...englishRecommendedTransformers,
});

/**
 * obscenity leaves its skip-non-alphabetic transformer off on purpose (it caused false
 * positives), so "f u c k" or "s.h.1.t" slip through. We join only runs of three or more
 * single characters split by spaces or punctuation, which ordinary prose almost never has.
 */
const SPACED_LETTERS = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}@$*][\s.\-_*]+){2,}[\p{L}\p{N}@$*](?![\p{L}\p{N}])/gu;

function joinSpacedLetters(text: string): string {
  return text.replace(SPACED_LETTERS, (run) => run.replace(/[\s.\-_]+/g, ""));
}

function hasProfanity(text: string): boolean {
  return profanity.hasMatch(text) || profanity.hasMatch(joinSpacedLetters(text));
}

/** Lower case, curly quotes made plain and then dropped, hyphens and dashes as spaces. */
export function normalisePhrase(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['‘’ʼ`´′]/g, "")
    .replace(/[-‐‑‒–—_]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One regex per list, each phrase whole-word only, so "man up" never fires on "human upset". */
function phraseMatcher(phrases: readonly string[]): RegExp {
  const alternatives = phrases.map((p) => escapeRegExp(normalisePhrase(p))).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "u");
}

const dismissive = phraseMatcher(DISMISSIVE_PHRASES);
const crisis = phraseMatcher(CRISIS_PHRASES);

/** Reports only which kind matched, never the words, so callers cannot echo or log the text. */
export function checkText(text: string): TextCheck {
  const plain = normalisePhrase(text);
  const reasons: HarshReason[] = [];
  if (hasProfanity(text)) reasons.push("profanity");
  if (dismissive.test(plain)) reasons.push("dismissive");
  return { harsh: reasons.length > 0, reasons, crisis: crisis.test(plain) };
}
