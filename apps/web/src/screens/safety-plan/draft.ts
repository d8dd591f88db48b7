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
 * What the person is typing is kept on the device (drafts/, sealed by App lock), so leaving
 * mid-edit — say, for the breathing screen, or closing the tab — loses nothing. It goes on
 * save or cancel. There is one plan, so one draft.
 */
export const PLAN_DRAFT_KEY = "safetyPlan:edit";
