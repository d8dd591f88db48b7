import { useSyncExternalStore } from "preact/compat";
import { clearSnapshot } from "../search/persist.ts";
import { db } from "../store/db.ts";
import {
  LOCK_KEY,
  type LockConfig,
  type LockOptions,
  readLockConfig,
  removeLockConfig,
  type StoredLock,
  sealsNewRows,
  writeLockConfig,
} from "./config.ts";
import { watchForLock } from "./idle.ts";
import { forgetCachedReads } from "./invalidate.ts";
import { deriveLockKek } from "./kdf.ts";
import { dropDataKey, keyring, type Sodium, setDataKey, setSealing } from "./keyring.ts";
import { type RewriteProgress, rewriteAllTables } from "./rewrite.ts";
import { endLinkedWorkers } from "./workerLink.ts";
import { DATA_KEY_BYTES, unwrapDataKey, wrapDataKey } from "./wrap.ts";

/**
 * The app lock on the page (docs/crypto.md L1–L22): off, locked or unlocked; turning it on and
 * off; unlocking; locking after a quiet while or when hidden. libsodium is loaded only here and
 * only when the lock is used, so with the lock off the first screen never pays for it.
 */

export type LockStatus = "off" | "locked" | "unlocked";
export type UnlockResult = "ok" | "wrong" | "damaged";

/**
 * Why 6 characters is enough here when an account password needs more: this passphrase never
 * leaves the device and guards only what is on it. Guessing it needs the device's storage in
 * hand, and each guess costs a full Argon2id run (64 MiB, 3 passes — about a second on a
 * phone), with no server that could be asked fast. An account password also protects data on a
 * server reachable from anywhere, and is checked against breach lists; this is a door lock.
 */
export const MIN_PASSPHRASE_LENGTH = 6;

let stored: StoredLock = readLockConfig();
let status: LockStatus = stored.state === "none" ? "off" : "locked";
const lockedAtStart = status === "locked";
let stopWatching: (() => void) | null = null;
const listeners = new Set<() => void>();

function notify() {
  for (const listener of [...listeners]) listener();
}

function setStatus(next: LockStatus) {
  if (next === status) return;
  status = next;
  // Reads may differ now (sealed rows open, or hide) though no row changed.
  forgetCachedReads(db);
  notify();
}

export function getLockStatus(): LockStatus {
  return status;
}

/** True when this page load began locked (boot.tsx then renders instead of hydrating). */
export function startedLocked(): boolean {
  return lockedAtStart;
}

export function onLockChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLockStatus(): LockStatus {
  return useSyncExternalStore(onLockChange, getLockStatus);
}

export function getLockOptions(): LockOptions | null {
  return stored.state === "ok" ? { idle: stored.config.idle, lockOnHide: stored.config.lockOnHide } : null;
}

async function sodium(): Promise<Sodium> {
  const { ready } = await import("@small-steps/crypto");
  return ready();
}

const b64 = (s: Sodium, bytes: Uint8Array) => s.to_base64(bytes, s.base64_variants.ORIGINAL);

/** The data key for `passphrase`, or why not. The key-encryption key is wiped straight after. */
async function openDataKey(
  s: Sodium,
  config: LockConfig,
  passphrase: string,
): Promise<Uint8Array | "wrong" | "damaged"> {
  let salt: Uint8Array;
  try {
    salt = s.from_base64(config.salt, s.base64_variants.ORIGINAL);
  } catch {
    return "damaged";
  }
  const derived = await deriveLockKek({
    passphrase,
    salt,
    params: { opsLimit: config.opsLimit, memLimitBytes: config.memLimitBytes },
  });
  // Lowered costs or a bad salt mean the stored settings were changed: refuse, never weaken.
  if (!derived.ok) return "damaged";
  const key = unwrapDataKey(s, derived.kek, config);
  s.memzero(derived.kek);
  return key ?? "wrong";
}

/** A fresh salt and key-encryption key for `passphrase`, wrapping `dataKey`. */
async function wrapFor(s: Sodium, passphrase: string, dataKey: Uint8Array) {
  const { DEFAULT_KDF_PARAMS, SALT_BYTES } = await import("@small-steps/crypto");
  const salt = s.randombytes_buf(SALT_BYTES);
  const derived = await deriveLockKek({ passphrase, salt, params: DEFAULT_KDF_PARAMS });
  if (!derived.ok) throw new Error(`app lock: could not derive a key (${derived.reason})`);
  const wrapped = wrapDataKey(s, derived.kek, dataKey);
  s.memzero(derived.kek);
  return { salt: b64(s, salt), ...DEFAULT_KDF_PARAMS, ...wrapped };
}

function startWatching() {
  stopWatching?.();
  stopWatching = null;
  const options = getLockOptions();
  if (status === "unlocked" && options && typeof window !== "undefined") {
    stopWatching = watchForLock(options, lockNow);
  }
}

function save(config: LockConfig) {
  writeLockConfig(config);
  stored = { state: "ok", config };
}

export async function unlock(passphrase: string): Promise<UnlockResult> {
  if (status !== "locked") return "ok";
  const current = readLockConfig();
  if (current.state !== "ok") return "damaged";
  const s = await sodium();
  const key = await openDataKey(s, current.config, passphrase);
  if (typeof key === "string") return key;
  if (status !== "locked") {
    // Unlocked meanwhile (another form, another tab turned the lock off): nothing to do.
    s.memzero(key);
    return "ok";
  }
  stored = current;
  setDataKey(s, key);
  setSealing(sealsNewRows(current));
  endLinkedWorkers();
  setStatus("unlocked");
  startWatching();
  void finishInterrupted(current.config);
  return "ok";
}

/** A turning on or off that a closed tab cut short carries on, now that the key is here. */
async function finishInterrupted(config: LockConfig): Promise<void> {
  if (config.phase === "on") return;
  try {
    await rewriteAllTables(db);
    if (config.phase === "sealing") save({ ...config, phase: "on" });
    else finishTurningOff();
  } catch (error) {
    console.error("app lock: could not finish what was interrupted; it will be tried again", error);
  }
}

/** Drops the data key and shows the lock. The calming tools and crisis lines stay open. */
export function lockNow(): void {
  if (status !== "unlocked") return;
  stopWatching?.();
  stopWatching = null;
  dropDataKey();
  endLinkedWorkers();
  setStatus("locked");
}

/**
 * Turns the lock on: a random data key, wrapped by the passphrase's key; the settings saved
 * first (so a closed tab resumes rather than strands sealed rows), then every row sealed.
 */
export async function enableLock(
  passphrase: string,
  options: LockOptions,
  onProgress?: (progress: RewriteProgress) => void,
): Promise<void> {
  if (status !== "off") throw new Error("app lock: already on");
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new RangeError("app lock: passphrase too short");
  const s = await sodium();
  const dataKey = s.randombytes_buf(DATA_KEY_BYTES);
  const config: LockConfig = {
    v: 1,
    ...(await wrapFor(s, passphrase, dataKey)),
    ...options,
    phase: "sealing",
  };
  save(config);
  setDataKey(s, dataKey);
  setSealing(true);
  // The search worker must stop keeping its index on disk, and the saved index (journal words
  // in clear) goes: it is rebuilt in memory after each unlock (L18).
  endLinkedWorkers();
  await clearSnapshot().catch((error: unknown) => console.warn("app lock: search index not cleared", error));
  try {
    await rewriteAllTables(db, onProgress);
    save({ ...config, phase: "on" });
  } finally {
    // Even cut short the lock is on (its settings are saved); sealing resumes after an unlock.
    setStatus("unlocked");
    startWatching();
  }
}

/** Checks the passphrase against the stored lock without changing anything. */
async function checkPassphrase(passphrase: string): Promise<{ s: Sodium; config: LockConfig } | null> {
  const current = readLockConfig();
  if (current.state !== "ok") return null;
  const s = await sodium();
  const key = await openDataKey(s, current.config, passphrase);
  if (typeof key === "string") return null;
  s.memzero(key);
  return { s, config: current.config };
}

/** Turns the lock off: every row opened back into clear, then the settings removed. */
export async function disableLock(
  passphrase: string,
  onProgress?: (progress: RewriteProgress) => void,
): Promise<"ok" | "wrong"> {
  if (status !== "unlocked") return "wrong";
  const checked = await checkPassphrase(passphrase);
  if (!checked) return "wrong";
  save({ ...checked.config, phase: "opening" });
  setSealing(false);
  endLinkedWorkers();
  await rewriteAllTables(db, onProgress);
  finishTurningOff();
  return "ok";
}

function finishTurningOff() {
  removeLockConfig();
  stored = { state: "none" };
  stopWatching?.();
  stopWatching = null;
  setSealing(false);
  dropDataKey();
  endLinkedWorkers();
  setStatus("off");
}

/** A new passphrase re-wraps the same data key: no row is touched (L15). */
export async function changePassphrase(current: string, next: string): Promise<"ok" | "wrong"> {
  if (next.length < MIN_PASSPHRASE_LENGTH) throw new RangeError("app lock: passphrase too short");
  const { key } = keyring();
  if (status !== "unlocked" || !key) return "wrong";
  const checked = await checkPassphrase(current);
  if (!checked) return "wrong";
  save({ ...checked.config, ...(await wrapFor(checked.s, next, key)) });
  return "ok";
}

export function setLockOptions(options: LockOptions): void {
  if (stored.state !== "ok") return;
  save({ ...stored.config, ...options });
  startWatching();
}

/**
 * "I forgot the passphrase": the data here cannot be opened, so it is removed — every table,
 * whatever it holds, since none of it can be read again — and the lock with it. The caller then
 * runs store/deleteEverything for the rest (storage keys, search index, the fresh library) and,
 * once the person has read that it is done, settleForgotten() shows the app again.
 */
export async function forgetLockAndClear(): Promise<void> {
  removeLockConfig();
  stored = { state: "none" };
  stopWatching?.();
  stopWatching = null;
  setSealing(false);
  dropDataKey();
  endLinkedWorkers();
  await db.transaction("rw", db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}

export function settleForgotten(): void {
  if (stored.state === "none") setStatus("off");
}

/** Another tab turned the lock on or off, or changed it: follow along (L21). */
function onStorage(event: StorageEvent) {
  if (event.key !== LOCK_KEY && event.key !== null) return;
  const next = readLockConfig();
  stored = next;
  if (next.state === "none") {
    if (status !== "off") finishTurningOff();
    return;
  }
  setSealing(sealsNewRows(next));
  if (status === "off") {
    endLinkedWorkers();
    setStatus("locked");
  } else if (status === "unlocked") {
    startWatching();
  }
}

if (typeof window !== "undefined") window.addEventListener("storage", onStorage);
