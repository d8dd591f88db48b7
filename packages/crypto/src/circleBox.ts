import { fromBase64, toBase64 } from "./bytes.ts";
import { CIRCLE_BOX_VERSION, type CircleBox, circleBoxSchema } from "./circleBoxSchema.ts";
import { makeKeyId } from "./keyIds.ts";
import { KEY_BYTES, type Key } from "./keys.ts";
import { fail, ok, type Result } from "./result.ts";
import { ready } from "./sodium.ts";

export * from "./circleBoxSchema.ts";

const NONCE_BYTES = 24; // crypto_box_NONCEBYTES

/**
 * The circle's public-key crypto (docs/crypto.md C25–C30). Each account has one X25519 key pair.
 * The secret key is a 32-byte key like any other, id "circle:1", wrapped by the account key in the
 * key bundle (C7), so every signed-in device can open it; the public key is published to the
 * server. A message is sealed with crypto_box (X25519 + XSalsa20-Poly1305): only the recipient can
 * open it, and opening it proves it came from the holder of the sender's secret key — so neither the
 * server nor anyone who swaps a public key can forge or change one unnoticed.
 */

export type CircleOpenFailure = "malformed" | "unsupportedVersion" | "tamperedOrWrongKey";

export interface CircleKeyPair {
  /** id "circle:1"; wrap it with wrapKey(secret, accountKey, "account"). */
  secret: Key;
  publicKey: Uint8Array;
}

/** C25: a fresh X25519 key pair from libsodium's CSPRNG. */
export async function newCircleKeyPair(): Promise<CircleKeyPair> {
  const s = await ready();
  const pair = s.crypto_box_keypair();
  return {
    secret: { id: makeKeyId("circle", 1), purpose: "circle", bytes: pair.privateKey },
    publicKey: pair.publicKey,
  };
}

/** C25: the public key belonging to a secret key (a device that unwrapped only the secret). */
export async function circlePublicKey(secret: Uint8Array): Promise<Uint8Array> {
  const s = await ready();
  if (secret.length !== KEY_BYTES) throw new RangeError("circle secret keys are 32 bytes");
  return s.crypto_scalarmult_base(secret);
}

export async function publicKeyToBase64(publicKey: Uint8Array): Promise<string> {
  return toBase64(await ready(), publicKey);
}

export async function publicKeyFromBase64(text: string): Promise<Uint8Array | undefined> {
  const bytes = fromBase64(await ready(), text);
  return bytes?.length === KEY_BYTES ? bytes : undefined;
}

/** C26: seals bytes from me to them with a random nonce (crypto_box_easy). */
export async function sealToPeer(
  plaintext: Uint8Array,
  mySecret: Uint8Array,
  theirPublic: Uint8Array,
): Promise<CircleBox> {
  const s = await ready();
  if (mySecret.length !== KEY_BYTES || theirPublic.length !== KEY_BYTES) {
    throw new RangeError("circle keys are 32 bytes");
  }
  const nonce = s.randombytes_buf(NONCE_BYTES);
  const ciphertext = s.crypto_box_easy(plaintext, nonce, theirPublic, mySecret);
  return { v: CIRCLE_BOX_VERSION, nonce: toBase64(s, nonce), ciphertext: toBase64(s, ciphertext) };
}

/**
 * C27: opens a box from them to me. A changed byte, a box sealed by anyone else, or a public key
 * that is not the one the box was sealed with all fail alike (`tamperedOrWrongKey`): the caller
 * shows it calmly and never shows a partial plaintext.
 */
export async function openFromPeer(
  box: unknown,
  mySecret: Uint8Array,
  theirPublic: Uint8Array,
): Promise<Result<Uint8Array, CircleOpenFailure>> {
  const s = await ready();
  if (typeof box === "object" && box !== null && "v" in box && box.v !== CIRCLE_BOX_VERSION) {
    return fail("unsupportedVersion");
  }
  const parsed = circleBoxSchema.safeParse(box);
  if (!parsed.success) return fail("malformed");
  const nonce = fromBase64(s, parsed.data.nonce);
  const ciphertext = fromBase64(s, parsed.data.ciphertext);
  if (!nonce || !ciphertext) return fail("malformed");
  try {
    return ok(s.crypto_box_open_easy(ciphertext, nonce, theirPublic, mySecret));
  } catch {
    return fail("tamperedOrWrongKey");
  }
}

const SAFETY_LABEL = new TextEncoder().encode("small-steps/safety-code/v1");
const GROUPS = 4;
const GROUP_DIGITS = 5;

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/**
 * C28: the safety code two people compare: BLAKE2b over a label and both public keys in byte
 * order (so both see the same code), read as four groups of five digits (~66 bits). A server that
 * swapped either key would have to find a collision to keep the code the same.
 */
export async function safetyCode(publicKeyA: Uint8Array, publicKeyB: Uint8Array): Promise<string> {
  const s = await ready();
  const [first, second] =
    compareBytes(publicKeyA, publicKeyB) <= 0 ? [publicKeyA, publicKeyB] : [publicKeyB, publicKeyA];
  const input = new Uint8Array(SAFETY_LABEL.length + first.length + second.length);
  input.set(SAFETY_LABEL, 0);
  input.set(first, SAFETY_LABEL.length);
  input.set(second, SAFETY_LABEL.length + first.length);
  const hash = s.crypto_generichash(32, input, null);
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) {
    // 5 bytes (40 bits) per group: the modulo bias into 10^5 is below 1 in 10^7.
    let n = 0;
    for (let i = 0; i < 5; i++) n = n * 256 + (hash[g * 5 + i] ?? 0);
    groups.push(String(n % 10 ** GROUP_DIGITS).padStart(GROUP_DIGITS, "0"));
  }
  return groups.join(" ");
}
