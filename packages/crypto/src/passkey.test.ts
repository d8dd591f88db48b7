import { describe, expect, it } from "vitest";
import { newAccountKey, newPurposeKey, unwrapAccountKey, unwrapKey, WRAPPERS, wrapKey } from "./keys.ts";
import {
  PRF_OUTPUT_BYTES,
  passkeyWrappingKey,
  unwrapAccountKeyWithPasskey,
  wrapAccountKeyForPasskey,
} from "./passkey.ts";
import { ready } from "./sodium.ts";

const prf = (seed: number) => new Uint8Array(PRF_OUTPUT_BYTES).map((_, i) => (i + seed) & 0xff);

async function wrappedForPasskey() {
  const account = await newAccountKey();
  const r = await wrapAccountKeyForPasskey(account, prf(0));
  if (!r.ok) throw new Error(r.reason);
  return { account, wrapped: r.value };
}

describe("passkey wrapping", () => {
  it("C23: the wrapping key is crypto_kdf(PRF output, 'SSpasskY', 1) — pinned, a change would lock people out", async () => {
    const s = await ready();
    const r = await passkeyWrappingKey(prf(0));
    // Checked independently with Python's hashlib.blake2b(key=prf, salt=le64(1)‖0⁸, person="SSpasskY"‖0⁸).
    expect(r.ok && s.to_hex(r.value)).toBe(
      "20ad5ddfeda7c204ebc69f82358564d7d4bcf2bc9a4ec5751649d006f6f0aeb0",
    );
    const other = await passkeyWrappingKey(prf(1));
    expect(other.ok && s.to_hex(other.value)).not.toBe(r.ok && s.to_hex(r.value));
  });

  it("C23: a PRF output that is not 32 bytes is refused", async () => {
    expect(await passkeyWrappingKey(new Uint8Array(31))).toEqual({ ok: false, reason: "badPrfOutput" });
    expect(await unwrapAccountKeyWithPasskey({}, new Uint8Array(64))).toEqual({
      ok: false,
      reason: "badPrfOutput",
    });
  });

  it("C24: the same passkey's PRF output opens the account key; another passkey's does not", async () => {
    const { account, wrapped } = await wrappedForPasskey();
    expect(wrapped.wrappedBy).toBe("passkey");
    expect(await unwrapAccountKeyWithPasskey(wrapped, prf(0))).toEqual({ ok: true, value: account });
    expect(await unwrapAccountKeyWithPasskey(wrapped, prf(7))).toEqual({
      ok: false,
      reason: "wrongKeyOrTampered",
    });
  });

  it("C24: a passkey-wrapped key cannot be unwrapped as any other wrapper, even relabelled", async () => {
    const { wrapped } = await wrappedForPasskey();
    const s = await ready();
    const derived = await passkeyWrappingKey(prf(0));
    if (!derived.ok) throw new Error(derived.reason);
    const others = WRAPPERS.filter((w) => w !== "passkey");
    expect(others).toEqual(["password", "recovery", "account"]);
    for (const other of others) {
      // Asked for as another kind: refused before any decryption.
      expect(await unwrapKey(wrapped, derived.value, other)).toEqual({ ok: false, reason: "wrongWrapper" });
      // Relabelled to pass that check: the AD still names "passkey", so the tag fails.
      expect(await unwrapKey({ ...wrapped, wrappedBy: other }, derived.value, other)).toEqual({
        ok: false,
        reason: "wrongKeyOrTampered",
      });
    }
    // And the other way: a password-wrapped blob relabelled as a passkey's does not open.
    const account = await newAccountKey();
    const byPassword = await wrapKey(account, derived.value, "password");
    expect(await unwrapAccountKeyWithPasskey({ ...byPassword, wrappedBy: "passkey" }, prf(0))).toEqual({
      ok: false,
      reason: "wrongKeyOrTampered",
    });
    expect(await unwrapAccountKey(byPassword, derived.value, "passkey")).toEqual({
      ok: false,
      reason: "wrongWrapper",
    });
    s.memzero(derived.value);
  });

  it("C24: only the account key is wrapped for a passkey, and an items key in its place is refused", async () => {
    const items = await newPurposeKey("items");
    await expect(wrapAccountKeyForPasskey(items, prf(0))).rejects.toThrow(RangeError);
    const derived = await passkeyWrappingKey(prf(0));
    if (!derived.ok) throw new Error(derived.reason);
    const swapped = await wrapKey(items, derived.value, "passkey");
    expect(await unwrapAccountKeyWithPasskey(swapped, prf(0))).toEqual({
      ok: false,
      reason: "notAccountKey",
    });
  });
});
