import {
  type CheckinRecord,
  FEELINGS,
  type FeelingId,
  type NeedAnswer,
  type NeedId,
  type PlaceId,
} from "@small-steps/core";

/** What the check-in form holds while the person answers; every part may stay empty. */
export interface CheckinDraft {
  needs: Partial<Record<NeedId, NeedAnswer>>;
  /**
   * Chosen feelings and their intensity (0–10), or `null` for a feeling ticked whose slider was
   * never touched: felt, not rated. `null` rather than undefined so a draft kept as JSON still
   * holds the ticked feeling.
   */
  feelings: Partial<Record<FeelingId, number | null>>;
  place: PlaceId | undefined;
  note: string;
}

export const emptyDraft = (): CheckinDraft => ({ needs: {}, feelings: {}, place: undefined, note: "" });

export function draftFromRecord(r: CheckinRecord): CheckinDraft {
  const feelings: CheckinDraft["feelings"] = {};
  for (const f of r.feelings) feelings[f.id] = f.intensity ?? null;
  return { needs: { ...r.needs }, feelings, place: r.place, note: r.note ?? "" };
}

/** The record fields a draft becomes; feelings keep the app's fixed order. */
export function fieldsFromDraft(
  d: CheckinDraft,
): Pick<CheckinRecord, "needs" | "feelings" | "place" | "note"> {
  const feelings = FEELINGS.flatMap((id) => {
    const intensity = d.feelings[id];
    if (intensity === undefined) return [];
    // Not rated stays not rated: no number is made up for a slider never touched.
    return intensity === null ? [{ id }] : [{ id, intensity }];
  });
  const note = d.note.trim() === "" ? undefined : d.note;
  return { needs: { ...d.needs }, feelings, place: d.place, note };
}
