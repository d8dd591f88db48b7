import type { SmallStepsDB } from "./db.ts";
import { libraryStepRecords, SEED_DEVICE } from "./seed.ts";

/**
 * Versioned local migrations. Dexie runs each version's upgrade once, in order, on every
 * device; never edit a shipped version — add the next one.
 */
export function applyMigrations(db: SmallStepsDB): void {
  // v1: the daily practice.
  db.version(1).stores({
    checkins: "id, day, at, updatedAt",
    steps: "id, updatedAt",
    stepLogs: "id, day, stepId, updatedAt",
    journal: "id, day, at, updatedAt",
    glimmers: "id, day, at, updatedAt",
    refrains: "id, updatedAt",
    meta: "key",
  });

  // v2: hard moments — SOS visits (with optional distress ratings), the safety plan (one
  // record, fixed id) and trusted contacts for reaching out.
  db.version(2).stores({
    sosSessions: "id, day, updatedAt",
    safetyPlans: "id, updatedAt",
    contacts: "id, updatedAt",
  });

  // v3: understanding and therapy — self-measure results, notes to bring to therapy, and the
  // session log. (Journal entries marked for therapy carry `forTherapy`; no index needed.)
  db.version(3).stores({
    measureResults: "id, day, updatedAt",
    therapyNotes: "id, day, updatedAt",
    therapySessions: "id, day, updatedAt",
  });

  // v4: sync. `outbox` notes every local write that still has to reach the server (written in
  // the same transaction as the record, by sync/outbox.ts); `syncMeta` keeps, per record, the
  // server's sequence number and the last-synced copy used to merge concurrent edits.
  db.version(4).stores({
    outbox: "id, rev",
    syncMeta: "id",
  });

  // v5: the trusted circle (circle/model.ts): the people this device is connected with, each
  // with their pinned key, and the messages both ways. Per device, never synced as records.
  db.version(5).stores({
    circlePeers: "peerId",
    circleMessages: "id, [peerId+at]",
  });

  // v6: drafts (drafts/draftStore.ts): what the person is typing in any form, kept on this
  // device until it is saved or let go. Keyed by where it was typed ("journal:new",
  // "refrain:<id>"), never by its words; no other index, so App lock seals all but the key.
  // Not a record kind: never in TABLE_OF, so the outbox and sync never see it.
  db.version(6).stores({
    drafts: "key",
  });

  // The starting library of small steps is written once, with fixed ids, so two devices
  // that later sync agree on them instead of holding two copies.
  db.on("populate", async (tx) => {
    await tx.table("steps").bulkPut(libraryStepRecords(new Date().toISOString(), SEED_DEVICE));
  });
}
