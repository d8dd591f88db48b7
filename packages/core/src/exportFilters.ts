import type { StoredRecord } from "./records/index.ts";
import type { RecordKind } from "./records/kinds.ts";
import { tagKey } from "./tags.ts";
import { localDayKey } from "./time.ts";

/**
 * What a person chooses to export, in their words: each group is one checkbox on "Your data"
 * and one section of a readable export. A step's log travels with the steps group, a therapy
 * session with the therapy notes.
 */
export const EXPORT_GROUPS = {
  checkins: ["checkin"],
  steps: ["step", "stepLog"],
  journal: ["journal"],
  glimmers: ["glimmer"],
  refrains: ["refrain"],
  sos: ["sosSession"],
  safetyPlan: ["safetyPlan"],
  contacts: ["contact"],
  measures: ["measureResult"],
  therapy: ["therapyNote", "therapySession"],
} as const satisfies Record<string, readonly RecordKind[]>;
export type ExportGroup = keyof typeof EXPORT_GROUPS;
export const EXPORT_GROUP_IDS = Object.keys(EXPORT_GROUPS) as ExportGroup[];

/** The record kinds behind the chosen groups. */
export function kindsOfGroups(groups: Iterable<ExportGroup>): RecordKind[] {
  return [...new Set([...groups].flatMap((g) => EXPORT_GROUPS[g]))];
}

/**
 * The safety plan and trusted people describe how things are now, not something that
 * happened on a day: a date range never leaves them out, or a therapist's PDF of "last month"
 * would silently lose the plan the person ticked.
 */
export const TIMELESS_KINDS: ReadonlySet<RecordKind> = new Set(["safetyPlan", "contact"]);

export interface ExportFilter {
  /** First day to include, "YYYY-MM-DD", inclusive. */
  from?: string;
  /** Last day to include, "YYYY-MM-DD", inclusive. */
  to?: string;
  kinds: readonly RecordKind[];
  /** When non-empty, only journal entries carrying one of these tags (any case); other kinds are unaffected. */
  tags?: readonly string[];
  /**
   * Keep tombstones (deleted records). The JSON export wants them, so an older file cannot
   * bring a delete back; readable formats never show what the person deleted.
   */
  keepDeleted?: boolean;
}

/**
 * The calendar day a record belongs to: its own `day` where it has one (the day as the person
 * lived it), otherwise the local day it was created (steps, refrains, wiped tombstones).
 */
export function recordDay(record: StoredRecord): string {
  if ("day" in record && typeof record.day === "string") return record.day;
  return localDayKey(new Date(record.createdAt));
}

/** Kind-specific problems with a range, so the screen can say which date to look at. */
export type RangeProblem = "fromAfterTo";

export function checkRange(from?: string, to?: string): RangeProblem | null {
  return from && to && from > to ? "fromAfterTo" : null;
}

/**
 * Picks the records a person chose. Day keys compare as strings ("YYYY-MM-DD" sorts by date).
 * A step log brings its step along, so an imported selection never points at a missing step
 * and a readable export can always name what was done.
 */
export function filterRecords(records: readonly StoredRecord[], filter: ExportFilter): StoredRecord[] {
  const kinds = new Set(filter.kinds);
  const tags = new Set((filter.tags ?? []).map(tagKey));
  const inRange = (r: StoredRecord) => {
    if (TIMELESS_KINDS.has(r.kind)) return true;
    const day = recordDay(r);
    return (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);
  };
  const hasTag = (r: StoredRecord) =>
    r.kind !== "journal" ||
    tags.size === 0 ||
    ("tags" in r && Array.isArray(r.tags) && r.tags.some((t: string) => tags.has(tagKey(t))));

  const chosen = records.filter(
    (r) => kinds.has(r.kind) && (filter.keepDeleted || !r.deleted) && inRange(r) && hasTag(r),
  );
  if (!kinds.has("stepLog")) return chosen;

  const present = new Set(chosen.map((r) => r.id));
  const needed = new Set<string>();
  for (const r of chosen)
    if (r.kind === "stepLog" && "stepId" in r && !present.has(r.stepId)) needed.add(r.stepId);
  if (needed.size === 0) return chosen;
  // After what was chosen, in the store's order; an archived step comes too, since the log names it.
  const steps = records.filter(
    (r) => r.kind === "step" && needed.has(r.id) && (filter.keepDeleted || !r.deleted),
  );
  return [...chosen, ...steps];
}

/** Tags on live journal entries, each once (first spelling seen), sorted for a list of choices. */
export function journalTags(records: readonly StoredRecord[], language?: string): string[] {
  const byKey = new Map<string, string>();
  for (const r of records) {
    if (r.kind !== "journal" || r.deleted || !("tags" in r)) continue;
    for (const tag of r.tags) if (!byKey.has(tagKey(tag))) byKey.set(tagKey(tag), tag);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, language, { sensitivity: "base" }));
}
