import type { Key, Result } from "@small-steps/crypto";
import type { KeyBundle, PasskeyWrappedKey } from "@small-steps/sync";
import type { DeviceKey } from "../account/keyring.ts";

/**
 * The passkey's key work (docs/crypto.md C23–C24). None of it is slow — no Argon2id here, that
 * stays in the crypto worker — so it runs on the page, with packages/crypto imported on first
 * use only. Keys that are done with are wiped.
 */

const loadCrypto = () => import("@small-steps/crypto");

export type OpenAccountKeyFailure = "wrongPassword" | "damaged";

/** The account key from the password-wrapped copy, opened with the password's KEK (wiped here). */
export async function openAccountKey(
  keyEncryptionKey: Uint8Array,
  bundle: KeyBundle,
): Promise<Result<Key, OpenAccountKeyFailure>> {
  const { unwrapAccountKey } = await loadCrypto();
  const r = await unwrapAccountKey(bundle.account, keyEncryptionKey, "password");
  keyEncryptionKey.fill(0);
  if (r.ok) return r;
  return { ok: false, reason: r.reason === "wrongKeyOrTampered" ? "wrongPassword" : "damaged" };
}

/** The account key wrapped for one passkey; undefined if the PRF output is unusable. */
export async function wrapForPasskey(
  accountKey: Key,
  prfOutput: Uint8Array,
): Promise<PasskeyWrappedKey | undefined> {
  const { wrapAccountKeyForPasskey } = await loadCrypto();
  const r = await wrapAccountKeyForPasskey(accountKey, prfOutput);
  return r.ok ? (r.value as PasskeyWrappedKey) : undefined;
}

export type PasskeyUnlockFailure = "notUnlocked" | "damaged";

/**
 * A passkey's PRF output + its wrapped account key → every per-purpose key in the bundle, ready
 * for the keyring. `notUnlocked` when this passkey's output does not open the wrapped key (the
 * password can still); `damaged` when the account key opens but the bundle does not.
 */
export async function unlockWithPasskey(
  bundle: KeyBundle,
  wrapped: PasskeyWrappedKey,
  prfOutput: Uint8Array,
): Promise<Result<DeviceKey[], PasskeyUnlockFailure>> {
  const { unwrapAccountKeyWithPasskey, unwrapKey } = await loadCrypto();
  const account = await unwrapAccountKeyWithPasskey(wrapped, prfOutput);
  if (!account.ok) return { ok: false, reason: "notUnlocked" };
  const keys: DeviceKey[] = [];
  try {
    for (const w of bundle.keys) {
      const r = await unwrapKey(w, account.value.bytes, "account");
      if (!r.ok) return { ok: false, reason: "damaged" };
      keys.push({ id: r.value.id, bytes: r.value.bytes });
    }
  } finally {
    account.value.bytes.fill(0);
  }
  return { ok: true, value: keys };
}
