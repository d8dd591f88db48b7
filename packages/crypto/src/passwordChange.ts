import { type UnwrapFailure, unwrapAccountKey, type WrappedKey, wrapKey } from "./keys.ts";
import { ok, type Result } from "./result.ts";
import { ready } from "./sodium.ts";

/**
 * A password change (docs/crypto.md C20–C21) re-wraps the account key under the new password's
 * KEK and nothing else: items keys stay wrapped by the account key and every record envelope
 * stays as it is, so the change is instant however much data there is. No IO here — the caller
 * derives both KEKs (deriveKeys, with a new salt) and sends the result with the new auth key.
 * Proving the old KEK opens the current blob is part of the change: a wrong old password fails
 * here, before anything is sent.
 */
export async function rewrapAccountKey(input: {
  wrappedAccountKey: WrappedKey;
  oldKeyEncryptionKey: Uint8Array;
  newKeyEncryptionKey: Uint8Array;
}): Promise<Result<WrappedKey, UnwrapFailure | "notAccountKey">> {
  const opened = await unwrapAccountKey(input.wrappedAccountKey, input.oldKeyEncryptionKey, "password");
  if (!opened.ok) return opened;
  const rewrapped = await wrapKey(opened.value, input.newKeyEncryptionKey, "password");
  (await ready()).memzero(opened.value.bytes);
  return ok(rewrapped);
}
