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
  /** Chosen feelings and their intensity (0–10). */
  feelings: Partial<Record<FeelingId, number>>;
  place: PlaceId | undefined;
  note: string;
}

export const DEFAULT_INTENSITY = 5;

export const emptyDraft = (): CheckinDraft => ({ needs: {}, feelings: {}, place: undefined, note: "" });

export function draftFromRecord(r: CheckinRecord): CheckinDraft {
  const feelings: CheckinDraft["feelings"] = {};
  for (const f of r.feelings) feelings[f.id] = f.intensity;
  return { needs: { ...r.needs }, feelings, place: r.place, note: r.note ?? "" };
}

/** The record fields a draft becomes; feelings keep the app's fixed order. */
export function fieldsFromDraft(
  d: CheckinDraft,
): Pick<CheckinRecord, "needs" | "feelings" | "place" | "note"> {
  const feelings = FEELINGS.flatMap((id) => {
    const intensity = d.feelings[id];
    return intensity === undefined ? [] : [{ id, intensity }];
  });
  const note = d.note.trim() === "" ? undefined : d.note;
  return { needs: { ...d.needs }, feelings, place: d.place, note };
}
