/** Every record kind with its current schema version; bump with a migration when a shape changes. */
export const SCHEMA_VERSIONS = {
  // 2: a feeling's intensity may be absent ("not rated"); every version-1 check-in is valid as is.
  checkin: 2,
  step: 1,
  stepLog: 1,
  journal: 1,
  glimmer: 1,
  refrain: 1,
  sosSession: 1,
  safetyPlan: 1,
  contact: 1,
  measureResult: 1,
  therapyNote: 1,
  therapySession: 1,
} as const;
export type RecordKind = keyof typeof SCHEMA_VERSIONS;
export const RECORD_KINDS = Object.keys(SCHEMA_VERSIONS) as [RecordKind, ...RecordKind[]];
