import { keepUnlockedKeys } from "../account/actions.ts";
import { accountApi } from "../account/api.ts";
import { bytesToBase64 } from "../account/base64.ts";
import { runCrypto } from "../account/cryptoClient.ts";
import { currentAccount, loadCircleSecret, onAccountChange } from "../account/keyring.ts";
import { db } from "../store/db.ts";
import { circleApi } from "./api.ts";
import { CIRCLE_META } from "./model.ts";
import { type CircleProblem, type CircleResult, failure, problemOf } from "./problems.ts";

/**
 * Who I am in the circle: my user id (the `from`/`to` inside boxes), my circle secret (from the
 * keyring) and my public key, published once (CR1).
 */

export interface Me {
  userId: string;
  secret: Uint8Array;
  publicKey: string;
}

export type Readiness = "noAccount" | "needsPassword" | "ready";

export async function circleReadiness(): Promise<Readiness> {
  if (!(await currentAccount())) return "noAccount";
  return (await loadCircleSecret()) ? "ready" : "needsPassword";
}

interface StoredMe {
  username: string;
  userId: string;
  publicKey: string;
}

let cached: Promise<CircleResult<Me>> | undefined;

/** Forget what was learnt (sign-out, another account). */
export function forgetMe(): void {
  cached = undefined;
}
onAccountChange(forgetMe);

async function publicKeyOf(secret: Uint8Array): Promise<string> {
  const { circlePublicKey } = await import("@small-steps/crypto");
  return bytesToBase64(await circlePublicKey(secret));
}

async function learnMe(): Promise<CircleResult<Me>> {
  const account = await currentAccount();
  if (!account) return failure({ kind: "noAccount" });
  const key = await loadCircleSecret();
  if (!key) return failure({ kind: "needsPassword" });
  const publicKey = await publicKeyOf(key.bytes);
  const stored = (await db.meta.get(CIRCLE_META.me))?.value as StoredMe | undefined;
  if (stored && stored.username === account.username && stored.publicKey === publicKey) {
    return { ok: true, value: { userId: stored.userId, secret: key.bytes, publicKey } };
  }
  const mine = await circleApi.myKey();
  if (!mine.ok) return failure(problemOf(mine.failure));
  if (mine.value.publicKey !== publicKey) {
    // CR1: published once. A different key already there means this device's key is not the
    // account's: the password opens the right one.
    if (mine.value.publicKey !== null) return failure({ kind: "needsPassword" });
    const put = await circleApi.publishKey(publicKey);
    if (!put.ok) return failure(problemOf(put.failure));
  }
  const value: StoredMe = { username: account.username, userId: mine.value.userId, publicKey };
  await db.meta.put({ key: CIRCLE_META.me, value });
  return { ok: true, value: { userId: value.userId, secret: key.bytes, publicKey } };
}

/** Me, learnt once per page (a failure is retried next time). */
export async function getMe(): Promise<CircleResult<Me>> {
  cached ??= learnMe();
  const result = await cached;
  if (!result.ok) cached = undefined;
  return result;
}

/**
 * A device signed in before the circle existed, or before another device added the circle key,
 * holds no circle secret: the password opens the bundle again (in the crypto worker) and keeps
 * the circle key too.
 */
export async function unlockCircleOnThisDevice(password: string): Promise<CircleResult<void>> {
  const account = await accountApi.me();
  if (!account.ok) return failure(problemOf(account.failure));
  try {
    const derived = await runCrypto("passwordKeys", password, account.value.kdf);
    if (!derived.ok) return failure({ kind: "failed" });
    const opened = await runCrypto("openBundle", account.value.keys, derived.value.keyEncryptionKey);
    if (!opened.ok) {
      return failure(opened.reason === "wrongPassword" ? { kind: "wrongPassword" } : { kind: "failed" });
    }
    await keepUnlockedKeys(account.value.user.username, opened.value);
  } catch {
    return failure({ kind: "failed" } satisfies CircleProblem);
  }
  forgetMe();
  const me = await getMe();
  return me.ok ? { ok: true, value: undefined } : me;
}
