import { SCHEMA_VERSIONS, STEP_LIBRARY, type StepRecord } from "@small-steps/core";

/** The starting library as step records, written on a device's first open. */
/**
 * The device id the starting library is written with: untouched, these steps are the same on
 * every device, so sync never uploads them (sync/outbox.ts).
 */
export const SEED_DEVICE = "seed";

export function libraryStepRecords(nowIso: string, device: string): StepRecord[] {
  return STEP_LIBRARY.map((s) => ({
    id: s.id,
    kind: "step",
    schemaVersion: SCHEMA_VERSIONS.step,
    createdAt: nowIso,
    updatedAt: nowIso,
    deviceId: device,
    deleted: false,
    libraryKey: s.key,
    category: s.category,
    needs: [...s.needs],
    archived: false,
  }));
}
