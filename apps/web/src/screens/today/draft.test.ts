import type { CheckinRecord } from "@small-steps/core";
import { describe, expect, it } from "vitest";
import { type CheckinDraft, draftFromRecord, emptyDraft, fieldsFromDraft } from "./draft.ts";

describe("check-in draft", () => {
  it("keeps a feeling ticked but never rated as felt, with no number", () => {
    const draft: CheckinDraft = { ...emptyDraft(), feelings: { tired: null, sad: 6 } };
    expect(fieldsFromDraft(draft).feelings).toEqual([{ id: "tired" }, { id: "sad", intensity: 6 }]);
  });

  it("survives JSON, so a kept draft still holds the unrated feeling", () => {
    const draft: CheckinDraft = { ...emptyDraft(), feelings: { numb: null } };
    const back = JSON.parse(JSON.stringify(draft)) as CheckinDraft;
    expect(fieldsFromDraft(back).feelings).toEqual([{ id: "numb" }]);
  });

  it("reads a saved check-in back the same way: unrated stays unrated, a rated 0 stays 0", () => {
    const record = {
      feelings: [{ id: "calm" }, { id: "angry", intensity: 0 }],
      needs: {},
    } as unknown as CheckinRecord;
    expect(draftFromRecord(record).feelings).toEqual({ calm: null, angry: 0 });
  });
});
