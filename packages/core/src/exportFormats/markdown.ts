import type { ReadableEntry, ReadableSection } from "./readable.ts";

export interface MarkdownOptions {
  /** The document's title, e.g. "My notes from Small Steps". */
  title: string;
  /** Lines under the title, e.g. "Made on 12 March 2026", "From 1 to 12 March 2026". */
  meta: readonly string[];
  /** "Tuesday 4 March 2026", in the person's language. */
  formatDay: (day: string) => string;
  /** "09:05", in the person's language. */
  formatTime: (at: string) => string;
}

/**
 * A Markdown file that reads well as plain text and in any Markdown viewer: one heading per
 * kind, one per day, then each entry with its time, the person's words and labelled details.
 */
export function toMarkdown(sections: readonly ReadableSection[], options: MarkdownOptions): string {
  const out: string[] = [`# ${inline(options.title)}`, ""];
  if (options.meta.length > 0) out.push(options.meta.map(inline).join("  \n"), "");
  for (const section of sections) {
    out.push(`## ${inline(section.heading)}`, "");
    let day: string | undefined;
    for (const entry of section.entries) {
      if (section.dated && entry.day !== day) {
        day = entry.day;
        out.push(`### ${inline(options.formatDay(entry.day))}`, "");
      }
      out.push(...entryLines(entry, options), "");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}

function entryLines(entry: ReadableEntry, options: MarkdownOptions): string[] {
  const lines: string[] = [];
  if (entry.at) lines.push(`**${inline(options.formatTime(entry.at))}**`, "");
  const text = paragraphs(entry.text);
  if (text) lines.push(text, "");
  for (const d of entry.details) lines.push(`- ${inline(d.label)}: ${inline(d.value)}`);
  while (lines.at(-1) === "") lines.pop();
  return lines;
}

/**
 * The person's text as they wrote it: blank lines stay paragraph breaks and single line breaks
 * stay line breaks (two trailing spaces), instead of Markdown joining the lines.
 */
function paragraphs(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .trim()
    .split(/\n{2,}/)
    .map((para) =>
      para
        .split("\n")
        .map((line) => escapeLine(line.trimEnd()))
        .join("  \n"),
    )
    .join("\n\n");
}

/**
 * Backslash-escapes what Markdown would otherwise read as formatting, so a line that begins
 * "# " or "1. " or holds "<b>" shows exactly those characters and never becomes structure,
 * a link or HTML. CommonMark lets any ASCII punctuation be escaped.
 */
export function escapeMarkdown(text: string): string {
  return escapeLine(text.replace(/\s+/g, " "));
}

function escapeLine(line: string): string {
  const escaped = line.replace(/[\\`*_[\]<>]/g, "\\$&");
  const lead = /^(\s*)(#{1,6}(?=\s|$)|>|[-+=|~]|\d{1,9}(?=[.)]))/.exec(escaped);
  if (!lead) return escaped.replace(/^\s{4,}/, "   ");
  const [, space = "", marker = ""] = lead;
  // Four spaces would make a code block; three keep the indent and stay a paragraph.
  const indent = space.length >= 4 ? "   " : space;
  const rest = escaped.slice(space.length + marker.length);
  if (/^\d/.test(marker)) return `${indent}${marker}\\${rest}`;
  return `${indent}\\${marker}${rest}`;
}

const inline = escapeMarkdown;
