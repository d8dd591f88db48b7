import { type PhoneProblem, phoneProblem } from "./crisisLines.ts";
import { LIMITS } from "./records/base.ts";
import { type PlanItem, SAFETY_PLAN_SECTIONS, type SafetyPlanSection } from "./records/sos.ts";

/** The plan's content: one list of items per section. */
export type PlanSections = Record<SafetyPlanSection, PlanItem[]>;

/** Sections whose items are people or services, and so may carry a phone number. */
export const SECTIONS_WITH_PHONE: readonly SafetyPlanSection[] = ["helpers", "professionals"];

export const PLAN_ITEM_MAX = LIMITS.shortText * 2;

export function emptyPlanSections(): PlanSections {
  return Object.fromEntries(SAFETY_PLAN_SECTIONS.map((s) => [s, []])) as unknown as PlanSections;
}

/** The sections of a stored plan (or of nothing), each a list even if the record lacks it. */
export function planSectionsOf(plan: Partial<PlanSections> | null | undefined): PlanSections {
  const out = emptyPlanSections();
  for (const s of SAFETY_PLAN_SECTIONS) out[s] = [...(plan?.[s] ?? [])];
  return out;
}

export function planHasItems(plan: Partial<PlanSections> | null | undefined): boolean {
  return SAFETY_PLAN_SECTIONS.some((s) => (plan?.[s]?.length ?? 0) > 0);
}

/** A copy of the list with one item moved by `delta` places; out-of-range moves change nothing. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  const copy = [...list];
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return copy;
  const [item] = copy.splice(index, 1);
  copy.splice(target, 0, item as T);
  return copy;
}

/** An item as typed: both fields are plain strings until saved. */
export interface DraftItem {
  text: string;
  phone: string;
}

export type ItemProblem =
  | { field: "text"; code: "tooLong" | "missingWithPhone" }
  | { field: "phone"; code: PhoneProblem };

/** What stops a typed item from being saved, if anything. A fully blank row is not a problem. */
export function itemProblem(item: DraftItem): ItemProblem | undefined {
  const text = item.text.trim();
  const phone = item.phone.trim();
  if (text.length > PLAN_ITEM_MAX) return { field: "text", code: "tooLong" };
  const p = phoneProblem(phone);
  if (p) return { field: "phone", code: p };
  if (!text && phone) return { field: "text", code: "missingWithPhone" };
  return undefined;
}

/**
 * Turns typed rows into stored items: trimmed, blank rows dropped, a phone only where the
 * section takes one and the person wrote one. Call after itemProblem found nothing.
 */
export function cleanSection(section: SafetyPlanSection, rows: readonly DraftItem[]): PlanItem[] {
  const withPhone = SECTIONS_WITH_PHONE.includes(section);
  const out: PlanItem[] = [];
  for (const row of rows) {
    const text = row.text.trim();
    if (!text) continue;
    const phone = withPhone ? row.phone.trim() : "";
    out.push(phone ? { text, phone } : { text });
  }
  return out;
}
