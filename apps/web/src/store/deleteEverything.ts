import { RECORD_KINDS } from "@small-steps/core";
import { forgetPendingDrafts } from "../drafts/draftStore.ts";
import { LOCK_KEY } from "../lock/config.ts";
import { resetSearchIndex } from "../search/searchClient.ts";
import { db, type SmallStepsDB, TABLE_OF } from "./db.ts";
import { libraryStepRecords, SEED_DEVICE } from "./seed.ts";

/** Keys under this prefix in localStorage and sessionStorage belong to Small Steps. */
const PREFIX = "small-steps";
/** The random id of this device identifies no content; sync needs it to stay the same. */
const DEVICE_ID_KEY = "small-steps:device-id";
const SETTINGS_KEY = "small-steps:settings";
/**
 * The app lock guards the device, not the history: it stays on (and the fresh library is
 * sealed under it). "Forgot the passphrase" removes it itself (lock/lockState.ts).
 */
const KEEP_LOCAL: ReadonlySet<string> = new Set([DEVICE_ID_KEY, SETTINGS_KEY, LOCK_KEY]);
/** Meta rows that identify no content and describe the device, not the person's history. */
const KEEP_META: ReadonlySet<string> = new Set(["deviceId"]);
/**
 * Settings that only change how the app looks and reads stay, so the person is not suddenly
 * faced with glaring light or small text; the rest (self-measures on, crisis-line country)
 * says something about them, so it goes back to how a new device starts.
 */
export const KEEP_SETTINGS: ReadonlySet<string> = new Set([
  "theme",
  "textSize",
  "reduceMotion",
  "language",
  "discreet",
]);
/**
 * The fresh library steps are dated long ago, so that importing an older export afterwards
 * brings back the person's own versions (renamed, archived) instead of losing to new copies.
 */
export const LIBRARY_RESEED_TIME = "2000-01-01T00:00:00.000Z";

export interface DeleteEverythingDeps {
  database?: SmallStepsDB;
  /** Throws away the saved journal search index (searchClient's resetSearchIndex). */
  resetSearch?: () => Promise<void>;
  local?: Pick<Storage, "length" | "key" | "getItem" | "setItem" | "removeItem"> | undefined;
  session?: Pick<Storage, "length" | "key" | "removeItem"> | undefined;
}

/**
 * Deletes everything the person has kept on this device: every record of every kind
 * (tombstones too, so nothing of a deleted word lingers), the pending wipes and other
 * bookkeeping, the search index built from the journal, and what this tab holds (the SOS
 * visit, drafts). Records go in ONE transaction: either all of them or, on failure, none.
 * Afterwards the device is as new: the starting library of steps is written again.
 */
export async function deleteEverything(deps: DeleteEverythingDeps = {}): Promise<void> {
  const database = deps.database ?? db;
  const tables = RECORD_KINDS.map((kind) => database.table(TABLE_OF[kind]));
  // The sync bookkeeping goes too: nothing of the old data is left to upload.
  // The circle's people and messages (circle/model.ts) go too, and every kept draft.
  forgetPendingDrafts();
  const syncTables = [
    database.outbox,
    database.syncMeta,
    database.circlePeers,
    database.circleMessages,
    database.drafts,
  ];
  await database.transaction("rw", [...tables, ...syncTables, database.meta], async () => {
    await Promise.all([...tables, ...syncTables].map((table) => table.clear()));
    const metaKeys = await database.meta.toCollection().primaryKeys();
    await database.meta.bulkDelete(metaKeys.filter((key) => !KEEP_META.has(key)));
    await database.steps.bulkPut(libraryStepRecords(LIBRARY_RESEED_TIME, SEED_DEVICE));
  });

  const session = deps.session ?? storage("sessionStorage");
  if (session) for (const key of keysOf(session)) session.removeItem(key);

  const local = deps.local ?? storage("localStorage");
  if (local) {
    for (const key of keysOf(local)) if (!KEEP_LOCAL.has(key)) local.removeItem(key);
    keepDisplaySettings(local);
  }

  // Last: the worker rebuilds its index from a journal that is now empty.
  await (deps.resetSearch ?? resetSearchIndex)();
}

/** Small Steps' own keys; anything else in the origin's storage is not ours to touch. */
function keysOf(store: Pick<Storage, "length" | "key">): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys;
}

function keepDisplaySettings(local: Pick<Storage, "getItem" | "setItem" | "removeItem">): void {
  try {
    const saved = JSON.parse(local.getItem(SETTINGS_KEY) ?? "{}") as Record<string, unknown>;
    const kept = Object.fromEntries(Object.entries(saved).filter(([key]) => KEEP_SETTINGS.has(key)));
    local.setItem(SETTINGS_KEY, JSON.stringify(kept));
  } catch {
    local.removeItem(SETTINGS_KEY);
  }
}

function storage(name: "localStorage" | "sessionStorage"): Storage | undefined {
  try {
    return globalThis[name];
  } catch {
    // Storage can be switched off; then there is nothing of ours in it either.
    return undefined;
  }
}
