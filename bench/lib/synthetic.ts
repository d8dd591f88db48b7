/**
 * Ten years of synthetic practice, shaped like a real person's: most days a check-in or two,
 * some quiet stretches, journal entries of one word to a few paragraphs. Deterministic (a
 * seeded PRNG) so two runs measure the same data.
 */
import {
  type AnyRecord,
  FEELINGS,
  localDayKey,
  PLACES,
  SCHEMA_VERSIONS,
  SENSES,
  STEP_LIBRARY,
} from "@small-steps/core";

export interface SyntheticCounts {
  journal: number;
  other: number;
}

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  "tired hopeful walk rain tea sister work quiet heavy light morning window friend breath sleep garden music cold warm small enough tender angry therapy bus kitchen laugh cry dog sun moon letter memory safe shaky steady shoulder chest ocean bread city train book song patience".split(
    " ",
  );

function uuidFrom(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
  hex[12] = "4";
  hex[16] = ((Number.parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Builds `journal` journal entries and `other` other records over the ten years up to `end`. */
export function syntheticRecords(end: Date, counts: SyntheticCounts = { journal: 20_000, other: 60_000 }) {
  const rand = prng(20261121);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const days = 3650;
  const start = end.getTime() - days * 86_400_000;
  const when = () => new Date(start + Math.floor(rand() * days * 86_400_000));
  const base = (kind: keyof typeof SCHEMA_VERSIONS, at: Date) => ({
    id: uuidFrom(rand),
    kind,
    schemaVersion: SCHEMA_VERSIONS[kind],
    createdAt: at.toISOString(),
    updatedAt: at.toISOString(),
    deviceId: "bench",
    deleted: false,
  });
  const records: AnyRecord[] = [];
  for (let i = 0; i < counts.journal; i++) {
    const at = when();
    const length = rand() < 0.3 ? 1 : Math.floor(rand() * 120) + 2;
    records.push({
      ...base("journal", at),
      kind: "journal",
      at: at.toISOString(),
      day: localDayKey(at),
      text: Array.from({ length }, () => pick(WORDS)).join(" "),
      tags: rand() < 0.3 ? [pick(WORDS)] : [],
    });
  }
  const checkins = Math.floor(counts.other * 0.45);
  const logs = Math.floor(counts.other * 0.4);
  const glimmers = counts.other - checkins - logs - 100;
  for (let i = 0; i < checkins; i++) {
    const at = when();
    records.push({
      ...base("checkin", at),
      kind: "checkin",
      at: at.toISOString(),
      day: localDayKey(at),
      needs: { water: rand() < 0.5 ? "done" : "notNow" },
      feelings: [{ id: pick(FEELINGS), intensity: Math.floor(rand() * 11) }],
      place: pick(PLACES),
    });
  }
  for (let i = 0; i < logs; i++) {
    const at = when();
    records.push({
      ...base("stepLog", at),
      kind: "stepLog",
      stepId: pick(STEP_LIBRARY).id,
      at: at.toISOString(),
      day: localDayKey(at),
    });
  }
  for (let i = 0; i < glimmers; i++) {
    const at = when();
    records.push({
      ...base("glimmer", at),
      kind: "glimmer",
      at: at.toISOString(),
      day: localDayKey(at),
      text: `${pick(WORDS)} ${pick(WORDS)}`,
      sense: pick(SENSES),
    });
  }
  for (let i = 0; i < 100; i++) {
    const at = when();
    records.push({
      ...base("refrain", at),
      kind: "refrain",
      oldScript: `Don't ${pick(WORDS)}`,
      newRefrain: `I can ${pick(WORDS)}`,
      favourite: i < 3,
    });
  }
  return records;
}
