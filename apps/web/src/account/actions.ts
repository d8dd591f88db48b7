import type { AccountResponse, KdfWire, KeyBundle } from "@small-steps/sync";
import { type ApiFailure, type ApiResult, accountApi } from "./api.ts";
import { runCrypto } from "./cryptoClient.ts";
import type { UnlockedKey } from "./flows.ts";
import { clearAccount, saveAccount } from "./keyring.ts";

/**
 * Each account moment as one call: the key work (in the crypto worker), the request, and what
 * the device keeps afterwards. Screens get back either the outcome or one problem they can put
 * into calm words; they never see keys.
 */

export type AccountProblem =
  | ApiFailure
  | { kind: "usernameTaken" }
  | { kind: "wrongCredentials" }
  | { kind: "wrongPassword" }
  | { kind: "signedOut" }
  | { kind: "codeIncomplete" }
  | { kind: "codeTypo" }
  | { kind: "wrongCode" }
  /** The server's Argon2id parameters are outside the client's limits (docs/crypto.md C2). */
  | { kind: "serverParams" }
  /** The key bundle did not open although the password was right: damaged or tampered. */
  | { kind: "damaged" }
  /** The crypto worker could not run. */
  | { kind: "crypto" };

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: AccountProblem };

const problem = <T>(p: AccountProblem): Outcome<T> => ({ ok: false, problem: p });

/** A refusal's code becomes a problem the screen knows; anything else passes through. */
function fromApi<T>(failure: ApiFailure, codes: Record<string, AccountProblem> = {}): Outcome<T> {
  if (failure.kind === "refused") {
    const known = codes[failure.code];
    if (known) return problem(known);
    if (failure.code === "signed_out") return problem({ kind: "signedOut" });
  }
  return problem(failure);
}

/** Runs key work, turning a worker that could not run into a problem rather than a throw. */
async function crypto<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    console.error("account: key work failed", error instanceof Error ? error.name : "");
    return { ok: false };
  }
}

function openFailure(reason: string): AccountProblem {
  if (reason === "wrongPassword") return { kind: "wrongPassword" };
  if (reason === "paramsBelowMinimum" || reason === "paramsAboveMaximum" || reason === "badSalt") {
    return { kind: "serverParams" };
  }
  return { kind: "damaged" };
}

/**
 * Keeps the unlocked keys on this device. A key made just now because the bundle lacked it (the
 * circle key, flows.ts unwrapAll) is kept only once the server holds its wrapping — otherwise
 * other devices could never open what it seals; without it the circle asks for the password later.
 */
export async function keepUnlockedKeys(username: string, keys: readonly UnlockedKey[]): Promise<void> {
  const kept: UnlockedKey[] = [];
  for (const key of keys) {
    if (key.added && !(await accountApi.addKey({ key: key.added })).ok) continue;
    kept.push({ id: key.id, bytes: key.bytes });
  }
  await saveAccount(username, kept);
}

export interface SignedUp {
  account: AccountResponse;
  /** Shown once and then forgotten. */
  recoveryCode: string;
}

export async function signUp(username: string, password: string): Promise<Outcome<SignedUp>> {
  const material = await crypto(() => runCrypto("createAccount", password));
  if (!material.ok) return problem({ kind: "crypto" });
  const m = material.value;
  const r = await accountApi.signup({
    username,
    kdf: m.kdf,
    authKey: m.authKey,
    recoveryAuthKey: m.recoveryAuthKey,
    keys: m.keys,
  });
  if (!r.ok) return fromApi(r.failure, { username_taken: { kind: "usernameTaken" } });
  await saveAccount(r.value.user.username, m.unlocked);
  return { ok: true, value: { account: r.value, recoveryCode: m.recoveryCode } };
}

export async function signIn(username: string, password: string): Promise<Outcome<AccountResponse>> {
  const pre = await accountApi.prelogin(username);
  if (!pre.ok) return fromApi(pre.failure);
  const derived = await crypto(() => runCrypto("passwordKeys", password, pre.value.kdf));
  if (!derived.ok) return problem({ kind: "crypto" });
  if (!derived.value.ok) return problem(openFailure(derived.value.reason));
  const { keyEncryptionKey, authKey } = derived.value.value;
  const r = await accountApi.login({ username, authKey });
  if (!r.ok) {
    keyEncryptionKey.fill(0);
    return fromApi(r.failure, { wrong_credentials: { kind: "wrongCredentials" } });
  }
  const opened = await crypto(() => runCrypto("openBundle", r.value.keys, keyEncryptionKey));
  keyEncryptionKey.fill(0);
  if (!opened.ok) return problem({ kind: "crypto" });
  if (!opened.value.ok) {
    // The server accepted the password but the keys don't open: leave no half-signed-in state.
    await accountApi.logout();
    return problem({ kind: "damaged" });
  }
  await keepUnlockedKeys(r.value.user.username, opened.value.value);
  return { ok: true, value: r.value };
}

/** Re-wraps the account key under the new password; the keys this device holds stay valid. */
export async function changePassword(
  account: { kdf: KdfWire; keys: KeyBundle },
  currentPassword: string,
  newPassword: string,
): Promise<Outcome<AccountResponse>> {
  const prepared = await crypto(() =>
    runCrypto("changePassword", currentPassword, account.kdf, account.keys, newPassword),
  );
  if (!prepared.ok) return problem({ kind: "crypto" });
  if (!prepared.value.ok) return problem(openFailure(prepared.value.reason));
  const r = await accountApi.changePassword(prepared.value.value);
  if (!r.ok) return fromApi(r.failure, { wrong_credentials: { kind: "wrongPassword" } });
  return r;
}

function codeProblem(reason: string): AccountProblem {
  if (reason === "checksum") return { kind: "codeTypo" };
  if (reason === "wrongLength") return { kind: "codeIncomplete" };
  // Other reasons name a format detail (an unknown word, a stray character): a typo.
  return { kind: "codeTypo" };
}

export async function recover(
  username: string,
  code: string,
  newPassword: string,
): Promise<Outcome<AccountResponse>> {
  const auth = await crypto(() => runCrypto("recoveryAuthKey", code));
  if (!auth.ok) return problem({ kind: "crypto" });
  if (!auth.value.ok) return problem(codeProblem(auth.value.reason));
  const recoveryAuthKey = auth.value.value;
  const wrong = { wrong_credentials: { kind: "wrongCode" } } as const;
  const start = await accountApi.recoverStart({ username, recoveryAuthKey });
  if (!start.ok) return fromApi(start.failure, wrong);
  const rec = await crypto(() => runCrypto("recoverAccount", code, start.value.keys, newPassword));
  if (!rec.ok) return problem({ kind: "crypto" });
  if (!rec.value.ok) return problem({ kind: "damaged" });
  const { unlocked, ...body } = rec.value.value;
  const r = await accountApi.recoverFinish({ username, recoveryAuthKey, ...body });
  if (!r.ok) return fromApi(r.failure, wrong);
  await saveAccount(r.value.user.username, unlocked);
  return r;
}

/** The password is checked against the account's own keys first, so a typo sends nothing. */
export async function deleteAccount(
  account: { kdf: KdfWire; keys: KeyBundle },
  password: string,
): Promise<Outcome<void>> {
  const proved = await crypto(() => runCrypto("provePassword", password, account.kdf, account.keys));
  if (!proved.ok) return problem({ kind: "crypto" });
  if (!proved.value.ok) return problem(openFailure(proved.value.reason));
  const r = await accountApi.deleteAccount({ authKey: proved.value.value });
  if (!r.ok) return fromApi(r.failure, { wrong_credentials: { kind: "wrongPassword" } });
  await clearAccount();
  return { ok: true, value: undefined };
}

/**
 * Signs out here. The keys are forgotten even when the server can't be reached (the person
 * asked for this device to stop); `told` says whether the server ended the session too.
 */
export async function signOut(): Promise<{ told: boolean }> {
  // This device stops ringing for the circle, while the session can still tell the server.
  await import("../circle/push/pushSubscription.ts")
    .then((push) => push.unsubscribePush())
    .catch(() => undefined);
  const r: ApiResult<unknown> = await accountApi.logout();
  await clearAccount();
  return { told: r.ok || (r.failure.kind === "refused" && r.failure.code === "signed_out") };
}
