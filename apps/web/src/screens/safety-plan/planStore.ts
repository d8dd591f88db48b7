import {
  type PlanSections,
  SAFETY_PLAN_ID,
  type SafetyPlanRecord,
  SCHEMA_VERSIONS,
  safetyPlanRecord,
} from "@small-steps/core";
import { db, tableOf } from "../../store/db.ts";
import { deviceId } from "../../store/device.ts";

/** The plan, or null when there is none (never written, deleted, or unreadable). */
export async function loadSafetyPlan(): Promise<SafetyPlanRecord | null> {
  const stored = await tableOf("safetyPlan").get(SAFETY_PLAN_ID);
  if (!stored || stored.deleted) return null;
  const parsed = safetyPlanRecord.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/**
 * Writes the whole plan. createRecord (store/records.ts) would give it a random id, but the
 * plan has one fixed id so that two devices syncing later hold one plan; so it is written
 * here, validated with the same schema, keeping when it was first made.
 */
export async function saveSafetyPlan(sections: PlanSections): Promise<SafetyPlanRecord> {
  const table = tableOf("safetyPlan");
  return db.transaction("rw", table, async () => {
    const existing = await table.get(SAFETY_PLAN_ID);
    const now = new Date().toISOString();
    const record = safetyPlanRecord.parse({
      ...sections,
      id: SAFETY_PLAN_ID,
      kind: "safetyPlan",
      schemaVersion: SCHEMA_VERSIONS.safetyPlan,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      deviceId: deviceId(),
      deleted: false,
    });
    await table.put(record);
    return record;
  });
}
