import { z } from "zod";
import { checkinRecord } from "./checkin.ts";
import { glimmerRecord } from "./glimmer.ts";
import { journalRecord } from "./journal.ts";
import { refrainRecord } from "./refrain.ts";
import { stepLogRecord, stepRecord } from "./step.ts";

export * from "./base.ts";
export * from "./checkin.ts";
export * from "./glimmer.ts";
export * from "./journal.ts";
export * from "./refrain.ts";
export * from "./step.ts";

/** Current schema version of each kind; bump with a migration when a shape changes. */
export const SCHEMA_VERSIONS = {
  checkin: 1,
  step: 1,
  stepLog: 1,
  journal: 1,
  glimmer: 1,
  refrain: 1,
} as const;
export type RecordKind = keyof typeof SCHEMA_VERSIONS;
export const RECORD_KINDS = Object.keys(SCHEMA_VERSIONS) as RecordKind[];

export const anyRecord = z.discriminatedUnion("kind", [
  checkinRecord,
  stepRecord,
  stepLogRecord,
  journalRecord,
  glimmerRecord,
  refrainRecord,
]);
export type AnyRecord = z.infer<typeof anyRecord>;
export type RecordOf<K extends RecordKind> = Extract<AnyRecord, { kind: K }>;
