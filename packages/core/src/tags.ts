import { LIMITS } from "./records/base.ts";

export interface TagParse {
  /** Tags ready to store: trimmed, without a leading "#", de-duplicated ignoring case. */
  tags: string[];
  /** Tags longer than the limit, as typed; the caller shows a kind message and saves nothing. */
  tooLong: string[];
  /** True when there are more distinct tags than one entry can hold. */
  tooMany: boolean;
}

/** The form tags are compared in: "Walk", "walk" and "#WALK" are one tag. */
export function tagKey(tag: string): string {
  return cleanTag(tag).toLocaleLowerCase();
}

function cleanTag(tag: string): string {
  return tag.trim().replace(/^#+/, "").replace(/\s+/g, " ").trim();
}

/**
 * Reads tags from what the person typed (commas or new lines between them) or from chips.
 * Nothing is cut short silently: over-long tags and too many tags are reported instead, so the
 * screen can explain and keep every word the person typed.
 */
export function parseTags(
  input: string | readonly string[],
  limits: { tag: number; tags: number } = LIMITS,
): TagParse {
  const parts = typeof input === "string" ? input.split(/[,\n]/) : input;
  const seen = new Set<string>();
  const tags: string[] = [];
  const tooLong: string[] = [];
  for (const part of parts) {
    const tag = cleanTag(part);
    if (!tag) continue;
    const key = tag.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (tag.length > limits.tag) tooLong.push(tag);
    else tags.push(tag);
  }
  return { tags, tooLong, tooMany: tags.length + tooLong.length > limits.tags };
}

/** The text a tag list is edited as. */
export function tagsToText(tags: readonly string[]): string {
  return tags.join(", ");
}

/** Whether a record's tags include `tag`, ignoring case and a leading "#". */
export function hasTag(tags: readonly string[], tag: string): boolean {
  const key = tagKey(tag);
  return tags.some((t) => tagKey(t) === key);
}
