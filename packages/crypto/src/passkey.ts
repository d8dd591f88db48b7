import { type Key, type UnwrapFailure, unwrapAccountKey, type WrappedKey, wrapKey } from "./keys.ts";
import { fail, ok, type Result } from "./result.ts";
import { ready } from "./sodium.ts";

/**
 * A passkey that can unlock the keys (docs/crypto.md C23–C24). Where the browser supports the
 * WebAuthn PRF extension, the authenticator returns 32 bytes that only it can produce — a secret
 * bound to that one credential and to our site. A wrapping key is derived from those bytes and
 * wraps the account key a third time, `wrappedBy: "passkey"`, beside the password and recovery
 * wrappings. The PRF output itself is never stored or sent; the server keeps only the wrapped blob.
 *
 * Why a derivation step rather than the PRF bytes as they are: the output is also what any other
 * use of the same credential's PRF with the same salt would see, so a domain-separated subkey keeps
 * our wrapping key from ever equalling a key some other code derived from it.
 */

const KDF_CONTEXT = "SSpasskY"; // crypto_kdf contexts are exactly 8 bytes
const SUBKEY_WRAP = 1;

/** WebAuthn's PRF gives HMAC-SHA-256 output: always 32 bytes. */
export const PRF_OUTPUT_BYTES = 32;

export type PasskeyKeyFailure = "badPrfOutput";

/** The 32-byte key that wraps the account key, derived from one passkey's PRF output. */
export async function passkeyWrappingKey(
  prfOutput: Uint8Array,
): Promise<Result<Uint8Array, PasskeyKeyFailure>> {
  if (prfOutput.length !== PRF_OUTPUT_BYTES) return fail("badPrfOutput");
  const s = await ready();
  return ok(s.crypto_kdf_derive_from_key(32, SUBKEY_WRAP, KDF_CONTEXT, prfOutput));
}

/** The account key wrapped for one passkey, stored with that credential on the server. */
export async function wrapAccountKeyForPasskey(
  accountKey: Key,
  prfOutput: Uint8Array,
): Promise<Result<WrappedKey, PasskeyKeyFailure>> {
  if (accountKey.purpose !== "account") throw new RangeError("only the account key is wrapped for a passkey");
  const derived = await passkeyWrappingKey(prfOutput);
  if (!derived.ok) return derived;
  const wrapped = await wrapKey(accountKey, derived.value, "passkey");
  (await ready()).memzero(derived.value);
  return ok(wrapped);
}

export type PasskeyUnlockFailure = PasskeyKeyFailure | UnwrapFailure | "notAccountKey";

/** The passkey-wrapped account key + that passkey's PRF output → the account key, or why not. */
export async function unwrapAccountKeyWithPasskey(
  wrapped: unknown,
  prfOutput: Uint8Array,
): Promise<Result<Key, PasskeyUnlockFailure>> {
  const derived = await passkeyWrappingKey(prfOutput);
  if (!derived.ok) return derived;
  const r = await unwrapAccountKey(wrapped, derived.value, "passkey");
  (await ready()).memzero(derived.value);
  return r;
}
