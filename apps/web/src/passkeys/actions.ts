import type { AccountResponse, PasskeyInfo } from "@small-steps/sync";
import { type AccountProblem, keepUnlockedKeys } from "../account/actions.ts";
import { type ApiFailure, accountApi } from "../account/api.ts";
import { runCrypto } from "../account/cryptoClient.ts";
import { saveAccount } from "../account/keyring.ts";
import { passkeyApi } from "./api.ts";
import { openAccountKey, unlockWithPasskey, wrapForPasskey } from "./passkeyKeys.ts";
import { type CeremonyFailure, createPasskey, getPasskey, passkeyPrf } from "./webauthn.ts";

/**
 * Each passkey moment as one call, like account/actions.ts: the browser prompt, the key work and
 * the request. Screens get back the outcome or one problem they can put into calm words; they
 * never see keys, and no PRF output or key outlives the call.
 */

export type PasskeyProblem =
  | AccountProblem
  | { kind: CeremonyFailure }
  /** The server does not know this passkey (removed, or made for another server). */
  | { kind: "notRecognised" }
  /** The prompt was open longer than the server waits. */
  | { kind: "expired" }
  | { kind: "tooMany" }
  | { kind: "notFound" };

export type PasskeyOutcome<T> = { ok: true; value: T } | { ok: false; problem: PasskeyProblem };

const problem = <T>(p: PasskeyProblem): PasskeyOutcome<T> => ({ ok: false, problem: p });

const CODES: Record<string, PasskeyProblem> = {
  signed_out: { kind: "signedOut" },
  passkey_not_recognised: { kind: "notRecognised" },
  challenge_expired: { kind: "expired" },
  passkey_exists: { kind: "alreadyAdded" },
  passkey_not_verified: { kind: "failed" },
  passkeys_unavailable: { kind: "unsupported" },
  too_many_passkeys: { kind: "tooMany" },
  not_found: { kind: "notFound" },
};

function fromApi<T>(failure: ApiFailure): PasskeyOutcome<T> {
  if (failure.kind === "refused") {
    const known = CODES[failure.code];
    if (known) return problem(known);
  }
  return problem(failure);
}

/** The password's KEK from the account's own KDF settings, in the crypto worker (Argon2id). */
async function passwordKek(password: string, account: AccountResponse): Promise<PasskeyOutcome<Uint8Array>> {
  let derived: Awaited<ReturnType<typeof runCrypto<"passwordKeys">>>;
  try {
    derived = await runCrypto("passwordKeys", password, account.kdf);
  } catch {
    return problem({ kind: "crypto" });
  }
  if (!derived.ok) return problem({ kind: "serverParams" });
  return { ok: true, value: derived.value.keyEncryptionKey };
}

export interface AddedPasskey {
  passkey: PasskeyInfo;
}

/**
 * Adds a passkey. The password is checked first, on this device, by opening the account key
 * with it — so a typo is caught before any prompt — and, where the passkey gives a PRF output,
 * the account key is wrapped with it so this passkey can unlock the data too (C24). Some
 * authenticators give that output only when signing, so one more prompt asks for it then.
 */
export async function addPasskey(input: {
  name: string;
  password: string;
  account: AccountResponse;
}): Promise<PasskeyOutcome<AddedPasskey>> {
  const kek = await passwordKek(input.password, input.account);
  if (!kek.ok) return kek;
  let opened: Awaited<ReturnType<typeof openAccountKey>>;
  try {
    opened = await openAccountKey(kek.value, input.account.keys);
  } catch {
    return problem({ kind: "crypto" });
  }
  if (!opened.ok) return problem({ kind: opened.reason });
  const accountKey = opened.value;
  try {
    const options = await passkeyApi.registerOptions();
    if (!options.ok) return fromApi(options.failure);
    const { prfSalt } = options.value;
    const creationOptions = options.value.options as unknown as Parameters<typeof createPasskey>[0];
    const created = await createPasskey(creationOptions, prfSalt);
    if (!created.ok) return problem({ kind: created.reason });
    const { response, prfEnabled } = created.value;
    let prf = created.value.prfOutput;
    if (!prf && prfEnabled)
      prf = await passkeyPrf(response.id, creationOptions.rp.id ?? location.hostname, prfSalt);
    const wrapped = prf ? await wrapForPasskey(accountKey, prf) : undefined;
    prf?.fill(0);
    const verified = await passkeyApi.registerVerify({
      response,
      ...(input.name ? { name: input.name } : {}),
      ...(wrapped ? { prfWrappedAccountKey: wrapped } : {}),
    });
    if (!verified.ok) return fromApi(verified.failure);
    return { ok: true, value: verified.value };
  } finally {
    accountKey.bytes.fill(0);
  }
}

export type PasskeySignIn =
  /** The passkey unlocked the data: the keyring holds the keys. */
  | { kind: "unlocked"; account: AccountResponse }
  /** Signed in, but the data needs the password (or this passkey cannot unlock here). */
  | { kind: "needsPassword"; account: AccountResponse };

/**
 * Signs in with any passkey the browser offers. The server starts a session exactly as for a
 * password. When the passkey holds a wrapped account key and the browser gives its PRF output,
 * the keys are unlocked right here; otherwise the screen asks for the password, and only to
 * open the keys — there is no second sign-in.
 */
export async function signInWithPasskey(): Promise<PasskeyOutcome<PasskeySignIn>> {
  const options = await passkeyApi.loginOptions();
  if (!options.ok) return fromApi(options.failure);
  const requestOptions = options.value.options as unknown as Parameters<typeof getPasskey>[0];
  const got = await getPasskey(requestOptions, options.value.prfSalt);
  if (!got.ok) return problem({ kind: got.reason });
  let prf = got.value.prfOutput;
  try {
    const verified = await passkeyApi.loginVerify({ response: got.value.response });
    if (!verified.ok) return fromApi(verified.failure);
    const { passkeyWrappedAccountKey: wrapped, prfSalt, ...account } = verified.value;
    if (wrapped && prfSalt) {
      // Made with another PRF input than the one just asked for: ask this passkey again.
      if (prfSalt !== options.value.prfSalt) {
        prf?.fill(0);
        prf = await passkeyPrf(got.value.response.id, requestOptions.rpId ?? location.hostname, prfSalt);
      }
      if (prf) {
        const unlocked = await unlockWithPasskey(account.keys, wrapped, prf);
        if (unlocked.ok) {
          await saveAccount(account.user.username, unlocked.value);
          return { ok: true, value: { kind: "unlocked", account } };
        }
      }
    }
    return { ok: true, value: { kind: "needsPassword", account } };
  } finally {
    prf?.fill(0);
  }
}

/** After a passkey sign-in: the password opens the keys from the bundle already received. */
export async function unlockWithPassword(
  password: string,
  account: AccountResponse,
): Promise<PasskeyOutcome<AccountResponse>> {
  if (!password) return problem({ kind: "wrongPassword" });
  const kek = await passwordKek(password, account);
  if (!kek.ok) return kek;
  let opened: Awaited<ReturnType<typeof runCrypto<"openBundle">>>;
  try {
    opened = await runCrypto("openBundle", account.keys, kek.value);
  } catch {
    return problem({ kind: "crypto" });
  }
  if (!opened.ok) return problem({ kind: opened.reason === "wrongPassword" ? "wrongPassword" : "damaged" });
  await keepUnlockedKeys(account.user.username, opened.value);
  return { ok: true, value: account };
}

/** Leaves a passkey sign-in whose keys were not unlocked: no half-signed-in state stays. */
export async function abandonPasskeySignIn(): Promise<void> {
  await accountApi.logout();
}

export async function listPasskeys(): Promise<PasskeyOutcome<PasskeyInfo[]>> {
  const r = await passkeyApi.list();
  return r.ok ? { ok: true, value: r.value.passkeys } : fromApi(r.failure);
}

export async function renamePasskey(id: string, name: string): Promise<PasskeyOutcome<PasskeyInfo>> {
  const r = await passkeyApi.rename(id, name);
  return r.ok ? { ok: true, value: r.value.passkey } : fromApi(r.failure);
}

export async function removePasskey(id: string): Promise<PasskeyOutcome<undefined>> {
  const r = await passkeyApi.remove(id);
  return r.ok ? { ok: true, value: undefined } : fromApi(r.failure);
}
