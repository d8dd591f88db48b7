import { z } from "zod";

/**
 * The app lock's settings and wrapped key, in localStorage (docs/crypto.md L3): a few hundred
 * bytes, read synchronously before the database opens, so the first render already knows
 * whether to show the lock. Nothing here opens anything without the passphrase.
 */
export const LOCK_KEY = "small-steps:lock";

export const IDLE_CHOICES = ["1", "5", "15", "close"] as const;
export type IdleChoice = (typeof IDLE_CHOICES)[number];

export interface LockOptions {
  /** Minutes without input before locking, or "close": only when the app is closed. */
  idle: IdleChoice;
  /** Lock as soon as the app is hidden (another app, another tab, the screen turned off). */
  lockOnHide: boolean;
}

export const DEFAULT_LOCK_OPTIONS: LockOptions = { idle: "5", lockOnHide: true };

const base64 = z.string().regex(/^[A-Za-z0-9+/]+=*$/);

export const lockConfigSchema = z.object({
  v: z.literal(1),
  /** Argon2id salt (16 random bytes) and cost, as used when the passphrase was set. */
  salt: base64,
  opsLimit: z.number().int(),
  memLimitBytes: z.number().int(),
  /** The data key, sealed under the passphrase's key (XChaCha20-Poly1305). */
  nonce: base64,
  wrappedKey: base64,
  idle: z.enum(IDLE_CHOICES),
  lockOnHide: z.boolean(),
  /**
   * "sealing": being turned on (rows are still being sealed); "on"; "opening": being turned
   * off (rows are being opened back). A phase cut short by a closed tab resumes after unlock.
   */
  phase: z.enum(["sealing", "on", "opening"]),
});
export type LockConfig = z.infer<typeof lockConfigSchema>;

/** Absent, present, or present but unreadable (then the data stays sealed: never guessed "off"). */
export type StoredLock = { state: "none" } | { state: "damaged" } | { state: "ok"; config: LockConfig };

export function readLockConfig(
  storage: Pick<Storage, "getItem"> | undefined = localStorageOrNone(),
): StoredLock {
  let raw: string | null;
  try {
    raw = storage?.getItem(LOCK_KEY) ?? null;
  } catch {
    return { state: "none" };
  }
  if (raw === null) return { state: "none" };
  try {
    const parsed = lockConfigSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { state: "ok", config: parsed.data } : { state: "damaged" };
  } catch {
    return { state: "damaged" };
  }
}

export function writeLockConfig(config: LockConfig, storage: Pick<Storage, "setItem"> = localStorage): void {
  storage.setItem(LOCK_KEY, JSON.stringify(config));
}

export function removeLockConfig(
  storage: Pick<Storage, "removeItem"> | undefined = localStorageOrNone(),
): void {
  storage?.removeItem(LOCK_KEY);
}

/** Whether new rows are sealed for a stored lock: yes unless it is being turned off. */
export function sealsNewRows(stored: StoredLock): boolean {
  return stored.state === "damaged" || (stored.state === "ok" && stored.config.phase !== "opening");
}

function localStorageOrNone(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    // Storage switched off: there is no lock to read either.
    return undefined;
  }
}
