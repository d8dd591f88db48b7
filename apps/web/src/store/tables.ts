import type { RecordKind } from "@small-steps/core";

/**
 * Which IndexedDB table holds which record kind: one place, used by the store, export and
 * import, and the bench's seeding. Kept apart from db.ts so it can be read without Dexie.
 */
export const TABLE_OF = {
  checkin: "checkins",
  step: "steps",
  stepLog: "stepLogs",
  journal: "journal",
  glimmer: "glimmers",
  refrain: "refrains",
  sosSession: "sosSessions",
  safetyPlan: "safetyPlans",
  contact: "contacts",
  measureResult: "measureResults",
  therapyNote: "therapyNotes",
  therapySession: "therapySessions",
} as const satisfies Record<RecordKind, string>;
