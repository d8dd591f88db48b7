import { type StoredRecord, storedRecord } from "../records/index.ts";
import { SAFETY_PLAN_ID } from "../records/sos.ts";
import { wipeContent } from "../records/wiped.ts";
import type { ExportWords } from "./readable.ts";

/** For tests only: a small, valid store with one or more records of every kind. */

let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`;

/** Midday, so the local day is the same whatever time zone the tests run in. */
const at = (day: string, hm = "12:00") => new Date(`${day}T${hm}:00`).toISOString();

function rec(kind: string, fields: Record<string, unknown>, created = "2026-03-04"): StoredRecord {
  return storedRecord.parse({
    id: uuid(),
    kind,
    schemaVersion: 1,
    createdAt: at(created),
    updatedAt: at(created),
    deviceId: "device-a",
    deleted: false,
    ...fields,
  });
}

export function sampleStore(): StoredRecord[] {
  n = 0;
  const walk = rec(
    "step",
    { title: "A short walk", category: "outside", needs: [], archived: false },
    "2025-01-01",
  );
  const bed = rec(
    "step",
    { libraryKey: "makeBed", category: "home", needs: [], archived: false },
    "2025-01-01",
  );
  const deletedEntry = rec("journal", {
    at: at("2026-03-05"),
    day: "2026-03-05",
    text: "Let this go",
    tags: ["family"],
  });
  return [
    walk,
    bed,
    rec("stepLog", { stepId: walk.id, at: at("2026-03-04", "09:05"), day: "2026-03-04" }),
    rec("stepLog", { stepId: bed.id, at: at("2026-02-10"), day: "2026-02-10" }),
    rec("checkin", {
      at: at("2026-03-04", "08:30"),
      day: "2026-03-04",
      needs: { water: "done", rest: "notNow" },
      feelings: [{ id: "tender", intensity: 4 }],
      place: "steady",
      note: "A slow morning.",
    }),
    rec("checkin", { at: at("2026-01-15"), day: "2026-01-15", needs: {}, feelings: [], note: "January" }),
    rec("journal", {
      at: at("2026-03-04", "21:00"),
      day: "2026-03-04",
      text: "# Not a heading\nSecond line\n\nNew paragraph",
      tags: ["Family", "sleep"],
      prompt: "What helped today?",
      forTherapy: true,
    }),
    rec("journal", { at: at("2026-03-06"), day: "2026-03-06", text: "Work again", tags: ["work"] }),
    { ...deletedEntry, deleted: true },
    wipeContent({
      ...rec("glimmer", { at: at("2026-03-04"), day: "2026-03-04", text: "gone" }),
      deleted: true,
    }),
    rec("glimmer", {
      at: at("2026-03-04", "17:00"),
      day: "2026-03-04",
      text: "Sun on the wall",
      sense: "see",
    }),
    rec(
      "refrain",
      { oldScript: "Don't burden", protected: "Kept me safe", newRefrain: "I can ask", favourite: true },
      "2026-02-01",
    ),
    rec("sosSession", {
      at: at("2026-03-04", "23:10"),
      day: "2026-03-04",
      distressBefore: 8,
      distressAfter: 5,
      tools: ["breathe", "senses", "breathe"],
    }),
    {
      ...rec(
        "safetyPlan",
        {
          warningSigns: [{ text: "I stop answering messages" }],
          copingStrategies: [],
          distractions: [],
          helpers: [{ text: "Sam", phone: "07700 900123" }],
          professionals: [],
          safeEnvironment: [],
          reasonsForLiving: [{ text: "Pepper, my cat" }],
        },
        "2024-06-01",
      ),
      id: SAFETY_PLAN_ID,
    },
    rec("contact", { name: "Alex", phone: "07700 900456", message: "Rough day." }, "2024-06-01"),
    rec("measureResult", {
      measure: "phq9",
      answers: [1, 1, 0, 0, 1, 0, 1, 0, 0],
      total: 4,
      at: at("2026-03-03"),
      day: "2026-03-03",
      difficulty: 1,
    }),
    rec("therapyNote", { at: at("2026-03-02"), day: "2026-03-02", text: "Talk about sleep", done: false }),
    rec("therapySession", {
      day: "2026-03-03",
      attended: true,
      takeaway: "Go slow",
      tryBeforeNext: "One walk",
    }),
  ];
}

const names = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, k.charAt(0).toUpperCase() + k.slice(1)])) as Record<K, string>;

export const WORDS: ExportWords = {
  group: names([
    "checkins",
    "steps",
    "journal",
    "glimmers",
    "refrains",
    "sos",
    "safetyPlan",
    "contacts",
    "measures",
    "therapy",
  ]),
  field: new Proxy({} as ExportWords["field"], { get: (_, k) => `Field ${String(k)}` }),
  feeling: new Proxy({} as ExportWords["feeling"], { get: (_, k) => `Feeling ${String(k)}` }),
  place: { steady: "Steady", overwhelmed: "Overwhelmed", shutDown: "Shut down" },
  need: new Proxy({} as ExportWords["need"], { get: (_, k) => `Need ${String(k)}` }),
  needAnswer: { done: "cared for", notNow: "not now" },
  sense: new Proxy({} as ExportWords["sense"], { get: (_, k) => `Sense ${String(k)}` }),
  tool: new Proxy({} as ExportWords["tool"], { get: (_, k) => `Tool ${String(k)}` }),
  planSection: new Proxy({} as ExportWords["planSection"], { get: (_, k) => `Section ${String(k)}` }),
  measure: { phq9: "PHQ-9", gad7: "GAD-7", pcl5: "PCL-5" },
  band: new Proxy({} as ExportWords["band"], { get: (_, k) => `band ${String(k)}` }),
  yes: "Yes",
  no: "No",
  sketch: "A sketch",
  outOf: (v, max) => `${v} of ${max}`,
  stepTitle: (s) => s?.title ?? (s?.libraryKey ? `Library ${s.libraryKey}` : "A step"),
};
