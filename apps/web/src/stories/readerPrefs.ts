import { DEFAULT_READER_FILTERS, type ReaderFilters, readerFiltersSchema } from "@small-steps/core";

/**
 * The reader's content-note filters (show, blur or hide per topic). They stay on this device, in
 * localStorage: what someone chooses not to read says something about them, so it never goes to
 * the server. Anything unreadable falls back to the calm defaults. The key starts with
 * "small-steps", so "delete everything on this device" removes it with the rest.
 */
export const READER_PREFS_KEY = "small-steps.reader-filters";

export function loadReaderPrefs(): ReaderFilters {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(READER_PREFS_KEY);
  } catch {
    // Storage switched off: the defaults hold for this visit.
  }
  if (!raw) return { ...DEFAULT_READER_FILTERS };
  try {
    const parsed = readerFiltersSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : { ...DEFAULT_READER_FILTERS };
  } catch {
    return { ...DEFAULT_READER_FILTERS };
  }
}

export function saveReaderPrefs(prefs: ReaderFilters): void {
  try {
    localStorage.setItem(READER_PREFS_KEY, JSON.stringify(readerFiltersSchema.parse(prefs)));
  } catch {
    // Private browsing with storage off: the choice still applies while the page is open.
  }
}
