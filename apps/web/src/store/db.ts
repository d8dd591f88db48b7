import type {
  CheckinRecord,
  ContactRecord,
  GlimmerRecord,
  JournalRecord,
  MeasureResultRecord,
  RecordKind,
  RefrainRecord,
  SafetyPlanRecord,
  SosSessionRecord,
  StepLogRecord,
  StepRecord,
  TherapyNoteRecord,
  TherapySessionRecord,
} from "@small-steps/core";
import Dexie, { type Table } from "dexie";
import type { CircleMessage, CirclePeer } from "../circle/model.ts";
import type { DraftRow } from "../drafts/draftRow.ts";
import { protectAtRest } from "../lock/protect.ts";
import { type OutboxEntry, outboxMiddleware } from "../sync/outbox.ts";
import type { SyncMetaRow } from "../sync/syncMeta.ts";
import { applyMigrations } from "./migrations.ts";
import { TABLE_OF } from "./tables.ts";

export interface MetaRow {
  key: string;
  value: unknown;
}

/** The local store. Every private record lives here first; nothing needs the server. */
export class SmallStepsDB extends Dexie {
  checkins!: Table<CheckinRecord, string>;
  steps!: Table<StepRecord, string>;
  stepLogs!: Table<StepLogRecord, string>;
  journal!: Table<JournalRecord, string>;
  glimmers!: Table<GlimmerRecord, string>;
  refrains!: Table<RefrainRecord, string>;
  sosSessions!: Table<SosSessionRecord, string>;
  safetyPlans!: Table<SafetyPlanRecord, string>;
  contacts!: Table<ContactRecord, string>;
  measureResults!: Table<MeasureResultRecord, string>;
  therapyNotes!: Table<TherapyNoteRecord, string>;
  therapySessions!: Table<TherapySessionRecord, string>;
  meta!: Table<MetaRow, string>;
  outbox!: Table<OutboxEntry, string>;
  syncMeta!: Table<SyncMetaRow, string>;
  circlePeers!: Table<CirclePeer, string>;
  circleMessages!: Table<CircleMessage, string>;
  drafts!: Table<DraftRow, string>;

  constructor(name = "small-steps") {
    super(name);
    // The app lock's at-rest encryption sits under every table (lock/atRest.ts).
    protectAtRest(this);
    applyMigrations(this);
    this.use(outboxMiddleware);
  }
}

export { TABLE_OF };

export const db = new SmallStepsDB();

export function tableOf<K extends RecordKind>(kind: K, database: SmallStepsDB = db) {
  return database[TABLE_OF[kind]] as unknown as Table<
    Extract<import("@small-steps/core").AnyRecord, { kind: K }>,
    string
  >;
}
