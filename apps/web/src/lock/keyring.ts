import type { ready } from "@small-steps/crypto";

/** libsodium's API, named by type only: importing a type loads nothing. */
export type Sodium = Awaited<ReturnType<typeof ready>>;

/**
 * What the at-rest middleware (atRest.ts) needs to know, in this thread only: whether new rows
 * are sealed, and the data key while the app is unlocked. Each thread (the page, each worker)
 * has its own copy; the page sets it from the lock's state (lockState.ts), workers from the
 * page's message (workerLink.ts). Kept apart from lockState so workers never read localStorage.
 */
interface Keyring {
  /** New and changed rows are sealed (the lock is on, or being turned on). */
  sealing: boolean;
  /** The data key, present only while unlocked. */
  key: Uint8Array | null;
  /** libsodium, loaded before a key is ever set so sealing and opening can run synchronously. */
  sodium: Sodium | null;
}

const ring: Keyring = { sealing: false, key: null, sodium: null };

export function keyring(): Readonly<Keyring> {
  return ring;
}

export function setSealing(sealing: boolean): void {
  ring.sealing = sealing;
}

/** The data key and the library that uses it, together: one is useless without the other. */
export function setDataKey(sodium: Sodium, key: Uint8Array): void {
  ring.sodium = sodium;
  ring.key = key;
}

/** Forgets the data key, overwriting its bytes first (best effort: JS may hold other copies). */
export function dropDataKey(): void {
  if (ring.key) ring.sodium?.memzero(ring.key);
  ring.key = null;
}
