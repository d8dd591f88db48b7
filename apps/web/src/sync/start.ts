import { currentAccount, onAccountChange } from "../account/keyring.ts";
import { getLockStatus, onLockChange } from "../lock/lockState.ts";
import { db } from "../store/db.ts";
import { forgetSyncState } from "./enroll.ts";
import { setSyncStatus } from "./status.ts";

/**
 * Starts sync when this device holds an account's keys, and restarts or stops it when the
 * person signs in or out (in this tab or another). The runner — and libsodium with it — is
 * imported only then, so a person without an account never downloads either.
 */

type Runner = Awaited<ReturnType<typeof import("./runner.ts").startRunner>>;
let runner: Runner | undefined;
let starting: Promise<void> | undefined;

async function restart(): Promise<void> {
  runner?.stop();
  runner = undefined;
  // While App lock holds the data key, the records can't be read or written: sync waits.
  if (getLockStatus() === "locked") return;
  const account = await currentAccount();
  if (!account) {
    setSyncStatus({ phase: "off" });
    return;
  }
  await forgetIfAnotherAccount(account.username);
  const { startRunner } = await import("./runner.ts");
  runner = await startRunner();
}

function queueRestart(): void {
  starting = (starting ?? Promise.resolve()).then(restart).catch((error) => {
    console.error("sync: could not start", error);
  });
}

const SYNCED_ACCOUNT_KEY = "sync:account";

/**
 * The cursor and per-record seqs belong to one account on the server. Signing back in to the
 * same account keeps them (nothing is fetched twice); another account starts afresh, and this
 * device's records are offered to it as new.
 */
async function forgetIfAnotherAccount(username: string): Promise<void> {
  const previous = (await db.meta.get(SYNCED_ACCOUNT_KEY))?.value;
  if (previous === username) return;
  await forgetSyncState(db);
  // The circle (people, messages, pinned keys) belonged to the other account too.
  const { forgetCircle } = await import("../circle/store.ts");
  await forgetCircle();
  await db.meta.put({ key: SYNCED_ACCOUNT_KEY, value: username });
}

let watching = false;
export function startSyncWhenSignedIn(): void {
  if (watching) return;
  watching = true;
  onAccountChange(queueRestart);
  onLockChange(queueRestart);
  queueRestart();
}

/** "Sync now" on the account screen. */
export async function syncNow(): Promise<void> {
  await starting;
  await runner?.syncNow();
}
