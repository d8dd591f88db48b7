import { describe, expect, it } from "vitest";
import {
  circlePublicKey,
  newCircleKeyPair,
  openFromPeer,
  publicKeyFromBase64,
  publicKeyToBase64,
  safetyCode,
  sealToPeer,
} from "./circleBox.ts";
import { newAccountKey, unwrapKey, wrapKey } from "./keys.ts";
import { ready } from "./sodium.ts";

const words = new TextEncoder().encode("Rough day. Felt small again.");

describe("circle boxes (docs/crypto.md C25–C28)", () => {
  it("C25: makes an X25519 pair whose public key follows from the secret, wrapped like any key", async () => {
    const pair = await newCircleKeyPair();
    expect(pair.secret.id).toBe("circle:1");
    expect(pair.secret.bytes).toHaveLength(32);
    expect(await circlePublicKey(pair.secret.bytes)).toEqual(pair.publicKey);
    const account = await newAccountKey();
    const wrapped = await wrapKey(pair.secret, account.bytes, "account");
    const back = await unwrapKey(wrapped, account.bytes, "account");
    expect(back.ok && back.value.bytes).toEqual(pair.secret.bytes);
    const b64 = await publicKeyToBase64(pair.publicKey);
    expect(await publicKeyFromBase64(b64)).toEqual(pair.publicKey);
    expect(await publicKeyFromBase64("c2hvcnQ=")).toBeUndefined();
  });

  it("C26–C27: only the recipient opens a box, and it proves who sealed it", async () => {
    const robin = await newCircleKeyPair();
    const sam = await newCircleKeyPair();
    const mallory = await newCircleKeyPair();
    const box = await sealToPeer(words, robin.secret.bytes, sam.publicKey);
    const opened = await openFromPeer(box, sam.secret.bytes, robin.publicKey);
    expect(opened.ok && new TextDecoder().decode(opened.value)).toBe("Rough day. Felt small again.");
    // Anyone else, or the right recipient believing another sender, fails alike.
    expect(await openFromPeer(box, mallory.secret.bytes, robin.publicKey)).toEqual({
      ok: false,
      reason: "tamperedOrWrongKey",
    });
    expect(await openFromPeer(box, sam.secret.bytes, mallory.publicKey)).toEqual({
      ok: false,
      reason: "tamperedOrWrongKey",
    });
    // A server that swaps Sam's key for its own can't make a box Sam accepts as Robin's.
    const forged = await sealToPeer(words, mallory.secret.bytes, sam.publicKey);
    expect(await openFromPeer(forged, sam.secret.bytes, robin.publicKey)).toEqual({
      ok: false,
      reason: "tamperedOrWrongKey",
    });
  });

  it("C27: a changed byte, a changed nonce, a malformed or future box never open", async () => {
    const s = await ready();
    const a = await newCircleKeyPair();
    const b = await newCircleKeyPair();
    const box = await sealToPeer(words, a.secret.bytes, b.publicKey);
    const bytes = s.from_base64(box.ciphertext, s.base64_variants.ORIGINAL);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    const flipped = { ...box, ciphertext: s.to_base64(bytes, s.base64_variants.ORIGINAL) };
    expect(await openFromPeer(flipped, b.secret.bytes, a.publicKey)).toEqual({
      ok: false,
      reason: "tamperedOrWrongKey",
    });
    const other = await sealToPeer(words, a.secret.bytes, b.publicKey);
    expect(await openFromPeer({ ...box, nonce: other.nonce }, b.secret.bytes, a.publicKey)).toEqual({
      ok: false,
      reason: "tamperedOrWrongKey",
    });
    expect(await openFromPeer({ v: 1, nonce: "x" }, b.secret.bytes, a.publicKey)).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(await openFromPeer("nope", b.secret.bytes, a.publicKey)).toEqual({
      ok: false,
      reason: "malformed",
    });
    expect(await openFromPeer({ ...box, v: 2 }, b.secret.bytes, a.publicKey)).toEqual({
      ok: false,
      reason: "unsupportedVersion",
    });
    // Every box has its own nonce: the same words never look the same twice.
    expect(other.ciphertext).not.toBe(box.ciphertext);
  });

  it("C28: both people see the same 20-digit code; any other key gives another code", async () => {
    const a = await newCircleKeyPair();
    const b = await newCircleKeyPair();
    const c = await newCircleKeyPair();
    const code = await safetyCode(a.publicKey, b.publicKey);
    expect(code).toMatch(/^\d{5} \d{5} \d{5} \d{5}$/);
    expect(await safetyCode(b.publicKey, a.publicKey)).toBe(code);
    expect(await safetyCode(a.publicKey, c.publicKey)).not.toBe(code);
  });

  it("C28: a fixed pair of keys always gives the same code (the format must never drift)", async () => {
    const one = new Uint8Array(32).fill(1);
    const two = new Uint8Array(32).fill(2);
    expect(await safetyCode(one, two)).toBe(await safetyCode(two, one));
    expect(await safetyCode(one, two)).toMatchInlineSnapshot(`"94380 98581 40014 59674"`);
  });
});
