import { z } from "zod";
import { checkinRecord } from "./checkin.ts";
import { glimmerRecord } from "./glimmer.ts";
import { journalRecord } from "./journal.ts";
import type { RecordKind } from "./kinds.ts";
import { refrainRecord } from "./refrain.ts";
import { contactRecord, safetyPlanRecord, sosSessionRecord } from "./sos.ts";
import { stepLogRecord, stepRecord } from "./step.ts";
import { measureResultRecord, therapyNoteRecord, therapySessionRecord } from "./understanding.ts";
import { wipedRecord } from "./wiped.ts";

export * from "./base.ts";
export * from "./checkin.ts";
export * from "./glimmer.ts";
export * from "./journal.ts";
export * from "./kinds.ts";
export * from "./refrain.ts";
export * from "./sos.ts";
export * from "./step.ts";
export * from "./understanding.ts";
export * from "./wiped.ts";

export const anyRecord = z.discriminatedUnion("kind", [
  checkinRecord,
  stepRecord,
  stepLogRecord,
  journalRecord,
  glimmerRecord,
  refrainRecord,
  sosSessionRecord,
  safetyPlanRecord,
  contactRecord,
  measureResultRecord,
  therapyNoteRecord,
  therapySessionRecord,
]);
export type AnyRecord = z.infer<typeof anyRecord>;
export type RecordOf<K extends RecordKind> = Extract<AnyRecord, { kind: K }>;

/**
 * Anything the store may hold: a record with its content, or a tombstone whose content has
 * been wiped. Export files carry both.
 */
export const storedRecord = z.union([anyRecord, wipedRecord]);
export type StoredRecord = z.infer<typeof storedRecord>;
