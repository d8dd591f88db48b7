/**
 * A story's or comment's plain text, split into pieces rendered as text (ST9): never parsed as
 * HTML, and a link stays the words it was written as.
 */

/** Paragraphs are split on blank lines; single line breaks stay inside a paragraph. */
export function splitParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n(?:[ \t]*\n)+/)
    .map((p) => p.replace(/^\n+|\s+$/g, ""))
    .filter((p) => p.trim().length > 0);
}

/** Up to this many characters show before "Show all": a long story should not fill the queue. */
export const PREVIEW_CHARS = 600;

/**
 * The opening of a long text: whole paragraphs while they fit, and a first paragraph that is
 * itself too long cut at a word. `cut` is false when the whole text already fits.
 */
export function previewOf(paragraphs: string[], max = PREVIEW_CHARS): { shown: string[]; cut: boolean } {
  const total = paragraphs.reduce((n, p) => n + p.length, 0);
  if (total <= max) return { shown: paragraphs, cut: false };
  const shown: string[] = [];
  let used = 0;
  for (const p of paragraphs) {
    if (used + p.length > max) break;
    shown.push(p);
    used += p.length;
  }
  if (shown.length > 0) return { shown, cut: true };
  const first = paragraphs[0] ?? "";
  const slice = first.slice(0, max);
  const space = slice.lastIndexOf(" ");
  return { shown: [`${(space > max / 2 ? slice.slice(0, space) : slice).trimEnd()}…`], cut: true };
}
