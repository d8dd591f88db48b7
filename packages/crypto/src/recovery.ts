import { type Key, type UnwrapFailure, unwrapAccountKey, type WrappedKey, wrapKey } from "./keys.ts";
import {
  formatRecoveryCode,
  parseRecoveryCode,
  type RecoveryCodeFailure,
  type RecoveryCodeResult,
  type RecoveryResult,
} from "./recoveryCode.ts";
import { ready, type Sodium } from "./sodium.ts";

/**
 * The recovery key (docs/crypto.md C15–C19): 32 random bytes, shown once as a recovery code of
 * 24 BIP-39 words and never stored by us. It is the only way back if the password is forgotten —
 * the server cannot reset anything it cannot read. Two subkeys come from it with libsodium's
 * crypto_kdf, so one secret serves two roles without reusing a key: one wraps the account key,
 * the other lets the server check (against its own hash) that a recovering person holds the code
 * before it hands over the wrapped account key.
 */

const KDF_CONTEXT = "SSrecovr"; // crypto_kdf contexts are exactly 8 bytes
const SUBKEY_WRAP = 1;
const SUBKEY_AUTH = 2;

export interface RecoveryKey {
  bytes: Uint8Array;
  /** What the person writes down or prints: 24 words separated by spaces. */
  code: string;
}

export interface RecoverySubkeys {
  wrappingKey: Uint8Array;
  authKey: Uint8Array;
}

export async function newRecoveryKey(): Promise<RecoveryKey> {
  const s = await ready();
  const bytes = s.randombytes_buf(32);
  return { bytes, code: formatRecoveryCode(bytes) };
}

// The words need no libsodium; these stay async so callers keep one lazily loaded entry point.
export async function formatRecovery(bytes: Uint8Array): Promise<string> {
  return formatRecoveryCode(bytes);
}

export async function parseRecovery(code: string): Promise<RecoveryCodeResult> {
  return parseRecoveryCode(code);
}

function subkeys(s: Sodium, recoveryKey: Uint8Array): RecoverySubkeys {
  return {
    wrappingKey: s.crypto_kdf_derive_from_key(32, SUBKEY_WRAP, KDF_CONTEXT, recoveryKey),
    authKey: s.crypto_kdf_derive_from_key(32, SUBKEY_AUTH, KDF_CONTEXT, recoveryKey),
  };
}

export async function recoverySubkeys(recoveryKey: Uint8Array): Promise<RecoverySubkeys> {
  return subkeys(await ready(), recoveryKey);
}

/** The second wrapping of the account key, stored beside the password-wrapped one. */
export async function wrapAccountKeyForRecovery(
  accountKey: Key,
  recoveryKey: Uint8Array,
): Promise<WrappedKey> {
  if (accountKey.purpose !== "account") throw new RangeError("only the account key is wrapped for recovery");
  const { wrappingKey } = await recoverySubkeys(recoveryKey);
  return wrapKey(accountKey, wrappingKey, "recovery");
}

export type RecoverFailure = RecoveryCodeFailure | UnwrapFailure | "notAccountKey";

/**
 * A typed recovery code + the recovery-wrapped account key → the account key, or why not.
 * An unknown word keeps its position so the screen can point at it.
 */
export async function recoverAccountKey(
  wrapped: unknown,
  code: string,
): Promise<RecoveryResult<Key, RecoverFailure>> {
  const parsed = await parseRecovery(code);
  if (!parsed.ok) return parsed;
  const { wrappingKey } = await recoverySubkeys(parsed.value);
  return unwrapAccountKey(wrapped, wrappingKey, "recovery");
}
