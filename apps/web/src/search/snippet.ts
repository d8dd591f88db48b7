/**
 * Search snippets: which part of an entry to show for a query, and which words to mark. Plain
 * segments rather than HTML, so an entry's text is never parsed as markup.
 */

export interface Segment {
  text: string;
  hit: boolean;
}

export interface Snippet {
  segments: Segment[];
  /** True when text was left out before or after the snippet. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The words of a query, folded the way the index folds them (case and accents ignored). */
export function queryTerms(query: string): string[] {
  const terms = fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // A stray letter (from "don't" or "a") would light up half the text; keep it only if alone.
  const longer = terms.filter((t) => t.length > 1);
  return [...new Set(longer.length > 0 ? longer : terms)];
}

/** Folds text and remembers, for every folded character, where it came from in the original. */
function foldWithMap(text: string): { folded: string; start: number[]; end: number[] } {
  let folded = "";
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) {
      start.push(i);
      end.push(i + ch.length);
    }
    folded += f;
    i += ch.length;
  }
  return { folded, start, end };
}

/** Ranges [from, to) in the original text where a term begins a word. */
export function findMatches(text: string, terms: readonly string[]): Array<[number, number]> {
  if (terms.length === 0 || !text) return [];
  const { folded, start, end } = foldWithMap(text);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    let at = folded.indexOf(term);
    while (at !== -1) {
      const before = at === 0 ? "" : (folded[at - 1] ?? "");
      if (!WORD_CHAR.test(before)) ranges.push([start[at] ?? 0, end[at + term.length - 1] ?? text.length]);
      at = folded.indexOf(term, at + 1);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Splits text into plain and marked segments, squeezing runs of white space into one space. */
export function segmentsOf(
  text: string,
  ranges: Array<[number, number]>,
  from = 0,
  to = text.length,
): Segment[] {
  const out: Segment[] = [];
  let pos = from;
  const push = (s: string, hit: boolean) => {
    const t = s.replace(/\s+/g, " ");
    if (t) out.push({ text: t, hit });
  };
  for (const [a, b] of ranges) {
    if (b <= from || a >= to) continue;
    const s = Math.max(a, from);
    const e = Math.min(b, to);
    push(text.slice(pos, s), false);
    push(text.slice(s, e), true);
    pos = e;
  }
  push(text.slice(pos, to), false);
  return out;
}

/**
 * A window of about `length` characters around the first match, cut at word edges. Without a
 * match (the query matched a tag or the prompt) it is the start of the text.
 */
export function makeSnippet(text: string, terms: readonly string[], length = 180): Snippet {
  const ranges = findMatches(text, terms);
  const first = ranges[0];
  let from = 0;
  if (first && first[1] > length * 0.7) {
    from = Math.max(0, first[0] - Math.floor(length / 3));
    const space = text.slice(from, first[0]).search(/\s/);
    if (space !== -1) from += space + 1;
  }
  let to = Math.min(text.length, from + length);
  if (to < text.length) {
    const lastSpace = text.slice(from, to).search(/\s\S*$/);
    if (lastSpace > 0 && from + lastSpace > (first?.[1] ?? 0)) to = from + lastSpace;
  }
  return {
    segments: segmentsOf(text, ranges, from, to),
    clippedStart: from > 0,
    clippedEnd: to < text.length,
  };
}
