/**
 * One kept draft: where it was typed (e.g. "journal:new", "refrain:<id>") and what is in the
 * form. The key names a place in the app, never the words, because it is the one part App
 * lock leaves readable (lock/atRest.ts seals everything but the primary key).
 */
export interface DraftRow {
  key: string;
  value: unknown;
}
