import { z } from "zod";
import { db, type SmallStepsDB } from "../store/db.ts";
import { base64ToBytes, bytesToBase64 } from "./base64.ts";

/**
 * The keys this device holds while signed in. After sign-up, sign-in or recovery the
 * per-purpose keys (items keys today) are kept in the meta table so sync keeps working after a
 * reload without asking for the password again. The account key itself is never kept: it is
 * only needed to open the bundle, which happens with the password or the recovery code.
 * The app lock encrypts the meta table at rest; signing out deletes the row.
 *
 * This module is small and imports no crypto, so sync and the top bar may use it freely.
 */

export const ACCOUNT_META_KEY = "account";

const storedSchema = z.object({
  username: z.string(),
  keys: z.array(z.object({ id: z.string(), bytes: z.string() })),
  signedInAt: z.string(),
});
export type StoredAccount = z.infer<typeof storedSchema>;

export interface DeviceKey {
  id: string;
  bytes: Uint8Array;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null | undefined;

/** Other tabs of the app hear about sign-in and sign-out too (where BroadcastChannel exists). */
function getChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  try {
    channel = new BroadcastChannel("small-steps:account");
    // In Node (tests) an open channel would keep the process alive.
    (channel as { unref?: () => void }).unref?.();
    channel.onmessage = () => notifyHere();
  } catch {
    channel = null;
  }
  return channel;
}

function notifyHere() {
  for (const listener of [...listeners]) {
    try {
      listener();
    } catch (error) {
      console.error("account: a listener failed", error);
    }
  }
}

function notify() {
  notifyHere();
  getChannel()?.postMessage("changed");
}

async function read(database: SmallStepsDB): Promise<StoredAccount | null> {
  const row = await database.meta.get(ACCOUNT_META_KEY);
  if (!row) return null;
  const parsed = storedSchema.safeParse(row.value);
  return parsed.success ? parsed.data : null;
}

/** Keeps the unwrapped keys after sign-up, sign-in or recovery, replacing what was there. */
export async function saveAccount(
  username: string,
  keys: readonly DeviceKey[],
  database: SmallStepsDB = db,
  now: Date = new Date(),
): Promise<void> {
  const value: StoredAccount = {
    username,
    keys: keys.map((k) => ({ id: k.id, bytes: bytesToBase64(k.bytes) })),
    signedInAt: now.toISOString(),
  };
  await database.meta.put({ key: ACCOUNT_META_KEY, value });
  notify();
}

/** Who is signed in on this device, or null. */
export async function currentAccount(database: SmallStepsDB = db): Promise<{ username: string } | null> {
  const stored = await read(database);
  return stored ? { username: stored.username } : null;
}

/** The newest items key (highest version), which seals new records; null when signed out. */
export async function loadItemsKey(database: SmallStepsDB = db): Promise<DeviceKey | null> {
  const stored = await read(database);
  if (!stored) return null;
  let best: DeviceKey | null = null;
  let bestVersion = 0;
  for (const k of stored.keys) {
    const m = /^items:(\d+)$/.exec(k.id);
    const bytes = base64ToBytes(k.bytes);
    if (!m || !bytes || bytes.length !== 32) continue;
    const version = Number(m[1]);
    if (version > bestVersion) {
      best = { id: k.id, bytes };
      bestVersion = version;
    }
  }
  return best;
}

/** The circle key pair's secret ("circle:1", docs/circle.md CR1), or null when this device lacks it. */
export async function loadCircleSecret(database: SmallStepsDB = db): Promise<DeviceKey | null> {
  const keys = await loadKeys(database);
  return keys.find((k) => k.id.startsWith("circle:") && k.bytes.length === 32) ?? null;
}

/** Every key the device holds, by id: older items keys still open older records. */
export async function loadKeys(database: SmallStepsDB = db): Promise<DeviceKey[]> {
  const stored = await read(database);
  if (!stored) return [];
  return stored.keys.flatMap((k) => {
    const bytes = base64ToBytes(k.bytes);
    return bytes ? [{ id: k.id, bytes }] : [];
  });
}

/** Forgets the keys (sign-out, account deleted). The person's records on this device stay. */
export async function clearAccount(database: SmallStepsDB = db): Promise<void> {
  await database.meta.delete(ACCOUNT_META_KEY);
  notify();
}

/** Called after every sign-in or sign-out, in this tab or another. Returns the unsubscribe. */
export function onAccountChange(listener: Listener): () => void {
  listeners.add(listener);
  getChannel();
  return () => {
    listeners.delete(listener);
  };
}
