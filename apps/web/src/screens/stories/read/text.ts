/**
 * A story's plain text turned into pieces to render as text (ST9): never parsed as HTML, and a
 * link stays the words it was written as.
 */

/** Paragraphs are split on blank lines; single line breaks stay inside a paragraph. */
export function splitParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\s+$/g, ""))
    .filter((p) => p.trim().length > 0);
}

/** A short, calm preview for the feed: whitespace folded, cut at a word, never mid-word. */
export function excerptOf(body: string, max = 220): string {
  const flat = body.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/, "")}…`;
}
