/** Readers for the cells of a Daylio CSV row. Each returns undefined when a cell is unreadable. */

const pad = (n: number) => String(n).padStart(2, "0");

/** "2021-03-27" → the same key, when it is a real calendar day. */
export function readDate(cell: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Date.UTC rolls 2021-02-30 over into March; a round trip catches it.
  const date = new Date(Date.UTC(y, mo - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return real ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

export interface ClockTime {
  hour: number;
  minute: number;
}

/**
 * Daylio writes the time as the phone shows it: "21:05", "9:05 pm", sometimes "9:05 PM" or
 * "9:05 p.m.". 12 am is midnight and 12 pm is noon.
 */
export function readTime(cell: string): ClockTime | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*(?:([ap])\.?\s*m\.?)?$/i.exec(cell.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const half = m[3]?.toLowerCase();
  if (minute > 59) return undefined;
  if (half === undefined) return hour <= 23 ? { hour, minute } : undefined;
  if (hour < 1 || hour > 12) return undefined;
  hour = (hour % 12) + (half === "p" ? 12 : 0);
  return { hour, minute };
}

/** The offset, in minutes east of UTC, where the entry was written; caller-supplied. */
export type OffsetOption = number | ((day: string, time: ClockTime) => number);

/**
 * A local ISO time with its offset. The offset keeps the wall clock the person saw, so an
 * entry written at 21:05 still reads 21:05 (and counts as an evening check-in).
 */
export function localIso(day: string, time: ClockTime, offset: OffsetOption): string {
  const minutes = typeof offset === "number" ? offset : offset(day, time);
  // Real offsets run from −12:00 to +14:00; anything else is a mistake by the caller, not the file.
  if (!Number.isInteger(minutes) || Math.abs(minutes) > 14 * 60) {
    throw new RangeError(`not a UTC offset in minutes: ${minutes}`);
  }
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${day}T${pad(time.hour)}:${pad(time.minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const FORMATTING_TAG = /<\/?(?:b|i|u|s|em|strong|br|p|div|span|ul|ol|li|h[1-6]|font)\b[^>]*>/i;
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  "#39": "'",
  nbsp: " ",
};

/**
 * Newer Daylio versions allow bold, lists and line breaks in notes and export them as HTML.
 * Our entries are plain text, so formatting becomes line breaks and "• ". Only notes holding
 * a known formatting tag are touched: "I <3 you" or "R&D" in a plain note stays as written.
 */
export function plainText(note: string): string {
  if (!FORMATTING_TAG.test(note)) return note.trim();
  return note
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<li\b[^>]*>/gi, "• ")
    .replace(/<\/(?:p|div|li|h[1-6])>/gi, "\n")
    .replace(new RegExp(FORMATTING_TAG.source, "gi"), "")
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
