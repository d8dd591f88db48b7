import {
  type DraftItem,
  type PlanSections,
  SAFETY_PLAN_SECTIONS,
  type SafetyPlanSection,
} from "@small-steps/core";

/** A line being edited; the key keeps focus and identity steady while lines move. */
export interface Row extends DraftItem {
  key: string;
}
export type Draft = Record<SafetyPlanSection, Row[]>;

let next = 0;
export const newRow = (text = "", phone = ""): Row => ({
  key: `r${Date.now().toString(36)}-${next++}`,
  text,
  phone,
});

/** The plan as editable rows; an empty part starts with one blank line, ready to type in. */
export function draftOf(plan: PlanSections): Draft {
  const draft = {} as Draft;
  for (const s of SAFETY_PLAN_SECTIONS) {
    const items = plan[s];
    draft[s] = items.length ? items.map((i) => newRow(i.text, i.phone ?? "")) : [newRow()];
  }
  return draft;
}

/**
 * What the person is typing is kept for this tab (sessionStorage), so leaving mid-edit —
 * say, for the breathing screen — loses nothing. It is cleared on save or cancel.
 */
const KEY = "small-steps:safety-plan-draft";

export function storedDraft(): Draft | undefined {
  try {
    const raw = globalThis.sessionStorage?.getItem(KEY);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<Draft>;
    const draft = {} as Draft;
    for (const s of SAFETY_PLAN_SECTIONS) {
      const rows = Array.isArray(value[s]) ? value[s] : [];
      draft[s] = rows
        .filter((r): r is Row => typeof r?.text === "string" && typeof r?.phone === "string")
        .map((r) => newRow(r.text, r.phone));
      if (draft[s].length === 0) draft[s] = [newRow()];
    }
    return draft;
  } catch {
    return undefined;
  }
}

export function keepDraft(draft: Draft | undefined): void {
  try {
    if (draft) sessionStorage.setItem(KEY, JSON.stringify(draft));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage off: the draft lives only as long as the screen; saving still works.
  }
}
