import type { Lineage } from "./ports.ts";

/**
 * Version lineage (docs/sync.md E8). Each sealed version gets a short random id and carries the ids
 * of the versions it was built on, newest first. A device whose write was confirmed only by a lost
 * answer can then tell, from the server's copy, which of its own versions that copy grew from, and
 * merge against that version instead of an older base — so no spurious conflict copy is made.
 */

/** Ids kept per version: enough for several writes by other devices on top of a lost answer. */
export const LINEAGE_MAX = 8;

/** 72 random bits as 12 base64url characters: short, and never colliding in practice. */
export function newVersionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_");
}

/** The lineage of a new version built on a version with `base` as its lineage. */
export const extendLineage = (base: Lineage): Lineage => [newVersionId(), ...base].slice(0, LINEAGE_MAX);
