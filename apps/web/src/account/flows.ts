import {
  DEFAULT_KDF_PARAMS,
  deriveKeys,
  type KdfFailure,
  type KdfParams,
  type Key,
  newAccountKey,
  newCircleKeyPair,
  newPurposeKey,
  newRecoveryKey,
  newSalt,
  parseRecovery,
  type RecoverFailure,
  type RecoveryCodeFailure,
  type Result,
  ready,
  recoverAccountKey,
  recoverySubkeys,
  rewrapAccountKey,
  unwrapAccountKey,
  unwrapKey,
  type WrappedKey,
  wrapAccountKeyForRecovery,
  wrapKey,
} from "@small-steps/crypto";
import { type KdfWire, type KeyBundle, keyBundleSchema } from "@small-steps/sync";
import { base64ToBytes, bytesToBase64 } from "./base64.ts";

/**
 * The account's key work, one function per moment (sign-up, sign-in, password change,
 * recovery). These run inside the crypto worker (cryptoWorker.ts) so Argon2id never blocks the
 * page, and they are the only app code that imports packages/crypto. Inputs and outputs are
 * plain data (strings, Uint8Arrays) that cross postMessage. Failures are values, as in
 * packages/crypto. Keys that are done with are wiped.
 */

/** An unwrapped key the device keeps (keyring.ts): items keys and the circle key. */
export interface UnlockedKey {
  id: string;
  bytes: Uint8Array;
  /**
   * Set on a key made just now because the bundle lacked it (the circle key of an account made
   * before the circle existed): its wrapping, for the page to add to the bundle on the server.
   */
  added?: WrappedKey;
}

export type OpenFailure = "malformed" | "wrongPassword" | "damaged";
export type DeriveFailure = KdfFailure;

const wipe = async (...keys: (Uint8Array | undefined)[]) => {
  const s = await ready();
  for (const k of keys) if (k) s.memzero(k);
};

function paramsOf(kdf: KdfWire): { salt: Uint8Array | undefined; params: KdfParams } {
  return {
    salt: base64ToBytes(kdf.salt),
    params: { opsLimit: kdf.opsLimit, memLimitBytes: kdf.memLimitBytes },
  };
}

async function derive(password: string, kdf: KdfWire) {
  const { salt, params } = paramsOf(kdf);
  if (!salt) return { ok: false as const, reason: "badSalt" as const };
  return deriveKeys(password, salt, params);
}

/** A fresh salt at today's parameters and the keys derived from the new password with it. */
async function freshPassword(password: string) {
  const salt = await newSalt();
  const derived = await deriveKeys(password, salt, DEFAULT_KDF_PARAMS);
  // Our own defaults are always acceptable; anything else is a programming error.
  if (!derived.ok) throw new Error(`new password keys: ${derived.reason}`);
  const kdf: KdfWire = { salt: bytesToBase64(salt), ...DEFAULT_KDF_PARAMS };
  return { kdf, ...derived.value };
}

/**
 * The page treats the bundle from the server as opaque (wire.ts); every flow that uses one
 * checks it here first, with the shared schema, before any key is touched.
 */
function parseBundle(bundle: unknown): KeyBundle | null {
  const parsed = keyBundleSchema.safeParse(bundle);
  return parsed.success ? parsed.data : null;
}

/**
 * Unwraps every per-purpose key in the bundle with the account key. A bundle without a circle
 * key (an account older than the circle) gets one now, while the account key is at hand: the
 * account key is never kept, so this is the moment (docs/circle.md CR1).
 */
async function unwrapAll(bundle: KeyBundle, accountKey: Key): Promise<Result<UnlockedKey[], OpenFailure>> {
  const out: UnlockedKey[] = [];
  for (const wrapped of bundle.keys) {
    const r = await unwrapKey(wrapped, accountKey.bytes, "account");
    if (!r.ok) return { ok: false, reason: "damaged" };
    out.push({ id: r.value.id, bytes: r.value.bytes });
  }
  if (!out.some((k) => k.id.startsWith("circle:"))) {
    const circle = await newCircleKeyPair();
    out.push({
      id: circle.secret.id,
      bytes: circle.secret.bytes,
      added: await wrapKey(circle.secret, accountKey.bytes, "account"),
    });
  }
  return { ok: true, value: out };
}

/** The keys the bundle lacked and that were made on this device (see unwrapAll). */
const addedKeys = (keys: readonly UnlockedKey[]): WrappedKey[] =>
  keys.flatMap((k) => (k.added ? [k.added] : []));

export interface SignupMaterial {
  kdf: KdfWire;
  authKey: string;
  recoveryAuthKey: string;
  keys: KeyBundle;
  /** Shown to the person once; never stored or sent. */
  recoveryCode: string;
  unlocked: UnlockedKey[];
}

/**
 * Everything a new account needs: a random account key wrapped by the password and by a new
 * recovery key, and a first items key and the circle key pair's secret wrapped by the account key (docs/crypto.md C1–C7, C15–C19).
 */
export async function createAccount(password: string): Promise<SignupMaterial> {
  const { kdf, keyEncryptionKey, authKey } = await freshPassword(password);
  const account = await newAccountKey();
  const items = await newPurposeKey("items");
  const circle = await newCircleKeyPair();
  const recovery = await newRecoveryKey();
  const { authKey: recoveryAuthKey, wrappingKey } = await recoverySubkeys(recovery.bytes);
  const keys: KeyBundle = {
    v: 1,
    account: await wrapKey(account, keyEncryptionKey, "password"),
    recovery: await wrapAccountKeyForRecovery(account, recovery.bytes),
    keys: [
      await wrapKey(items, account.bytes, "account"),
      await wrapKey(circle.secret, account.bytes, "account"),
    ],
  };
  const material: SignupMaterial = {
    kdf,
    authKey: bytesToBase64(authKey),
    recoveryAuthKey: bytesToBase64(recoveryAuthKey),
    keys,
    recoveryCode: recovery.code,
    unlocked: [
      { id: items.id, bytes: items.bytes },
      { id: circle.secret.id, bytes: circle.secret.bytes },
    ],
  };
  await wipe(keyEncryptionKey, authKey, account.bytes, recovery.bytes, recoveryAuthKey, wrappingKey);
  return material;
}

export interface PasswordKeys {
  /** Stays on the device: it opens the password-wrapped account key. */
  keyEncryptionKey: Uint8Array;
  authKey: string;
}

/**
 * The password's keys for sign-in, at the parameters the server keeps. The client's own floors
 * and ceilings apply (C2): a server asking for less, or for more than a phone can give, is refused.
 */
export async function passwordKeys(
  password: string,
  kdf: KdfWire,
): Promise<Result<PasswordKeys, DeriveFailure>> {
  const r = await derive(password, kdf);
  if (!r.ok) return r;
  const authKey = bytesToBase64(r.value.authKey);
  await wipe(r.value.authKey);
  return { ok: true, value: { keyEncryptionKey: r.value.keyEncryptionKey, authKey } };
}

/** After sign-in: the account key from the bundle, and with it every per-purpose key. */
export async function openBundle(
  bundle: unknown,
  keyEncryptionKey: Uint8Array,
): Promise<Result<UnlockedKey[], OpenFailure>> {
  const parsed = parseBundle(bundle);
  if (!parsed) return { ok: false, reason: "malformed" };
  const account = await unwrapAccountKey(parsed.account, keyEncryptionKey, "password");
  await wipe(keyEncryptionKey);
  if (!account.ok)
    return { ok: false, reason: account.reason === "wrongKeyOrTampered" ? "wrongPassword" : "damaged" };
  const all = await unwrapAll(parsed, account.value);
  await wipe(account.value.bytes);
  return all;
}

/**
 * Proves a password against the account's own bundle before anything is sent, so a mistyped
 * password is caught on the device. Returns the auth key for the request that needs it.
 */
export async function provePassword(
  password: string,
  kdf: KdfWire,
  bundle: unknown,
): Promise<Result<string, DeriveFailure | OpenFailure>> {
  const r = await passwordKeys(password, kdf);
  if (!r.ok) return r;
  const opened = await openBundle(bundle, r.value.keyEncryptionKey);
  if (!opened.ok) return opened;
  await wipe(...opened.value.map((k) => k.bytes));
  return { ok: true, value: r.value.authKey };
}

export interface NewPasswordRequest {
  newAuthKey: string;
  kdf: KdfWire;
  keys: KeyBundle;
}

/**
 * A password change (C20–C21): the current password must open the current bundle; the account
 * key is re-wrapped under a key from the new password and a new salt. Nothing else changes.
 */
export async function changePassword(
  currentPassword: string,
  currentKdf: KdfWire,
  bundle: unknown,
  newPassword: string,
): Promise<Result<NewPasswordRequest & { currentAuthKey: string }, DeriveFailure | OpenFailure>> {
  const parsed = parseBundle(bundle);
  if (!parsed) return { ok: false, reason: "malformed" };
  const current = await derive(currentPassword, currentKdf);
  if (!current.ok) return current;
  const next = await freshPassword(newPassword);
  const rewrapped = await rewrapAccountKey({
    wrappedAccountKey: parsed.account,
    oldKeyEncryptionKey: current.value.keyEncryptionKey,
    newKeyEncryptionKey: next.keyEncryptionKey,
  });
  const value = {
    currentAuthKey: bytesToBase64(current.value.authKey),
    newAuthKey: bytesToBase64(next.authKey),
    kdf: next.kdf,
    keys: rewrapped.ok ? { ...parsed, account: rewrapped.value } : parsed,
  };
  await wipe(current.value.keyEncryptionKey, current.value.authKey, next.keyEncryptionKey, next.authKey);
  if (!rewrapped.ok) {
    return { ok: false, reason: rewrapped.reason === "wrongKeyOrTampered" ? "wrongPassword" : "damaged" };
  }
  return { ok: true, value };
}

/** Whatever the code's text format reports (it may change; the screen maps what it knows). */
export type CodeFailure = RecoveryCodeFailure;

/** The recovery auth key the server checks before handing out the recovery-wrapped key (C18). */
export async function recoveryAuthKey(code: string): Promise<Result<string, CodeFailure>> {
  const parsed = await parseRecovery(code);
  if (!parsed.ok) return parsed;
  const { authKey, wrappingKey } = await recoverySubkeys(parsed.value);
  const value = bytesToBase64(authKey);
  await wipe(parsed.value, authKey, wrappingKey);
  return { ok: true, value };
}

/**
 * Recovery (C19): the code opens the recovery-wrapped account key; a new password wraps it
 * again. The recovery wrapping and every per-purpose key stay as they are, so the same code
 * keeps working and every record still opens.
 */
export async function recoverAccount(
  code: string,
  bundle: unknown,
  newPassword: string,
): Promise<Result<NewPasswordRequest & { unlocked: UnlockedKey[] }, RecoverFailure | OpenFailure>> {
  const parsed = parseBundle(bundle);
  if (!parsed) return { ok: false, reason: "malformed" };
  const account = await recoverAccountKey(parsed.recovery, code);
  if (!account.ok) return account;
  const next = await freshPassword(newPassword);
  const unlocked = await unwrapAll(parsed, account.value);
  const wrapped = await wrapKey(account.value, next.keyEncryptionKey, "password");
  const newAuthKey = bytesToBase64(next.authKey);
  await wipe(account.value.bytes, next.keyEncryptionKey, next.authKey);
  if (!unlocked.ok) return unlocked;
  return {
    ok: true,
    value: {
      newAuthKey,
      kdf: next.kdf,
      // A circle key made just now travels in the new bundle; nothing else in it changes.
      keys: { ...parsed, account: wrapped, keys: [...parsed.keys, ...addedKeys(unlocked.value)] },
      unlocked: unlocked.value.map(({ id, bytes }) => ({ id, bytes })),
    },
  };
}
