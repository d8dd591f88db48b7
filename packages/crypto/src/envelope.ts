import { z } from "zod";
import { BASE64, base64Length, encodeAd, fromBase64, toBase64 } from "./bytes.ts";
import { type KeyId, keyIdSchema } from "./keyIds.ts";
import { fail, ok, type Result } from "./result.ts";
import { ready } from "./sodium.ts";

/**
 * Record envelopes (docs/crypto.md C9–C14): how one private record travels and rests on the
 * server. XChaCha20-Poly1305 (IETF) with a random 24-byte nonce — long enough that random
 * nonces never collide in practice, so no device has to keep a counter. The associated data
 * binds the record id, the collection, the format version and the key id: the server cannot move
 * a ciphertext to another record or table, or relabel its key, without the open failing.
 * Everything else — the record kind, timestamps, content — is inside the ciphertext, so the
 * server sees only ids, collection names and sizes.
 */

export const ENVELOPE_VERSION = 1;
const NONCE_BYTES = 24; // crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
const TAG_BYTES = 16; // crypto_aead_xchacha20poly1305_ietf_ABYTES

/** A collection is a record kind's table name ("journal", "checkins", …). */
export const collectionSchema = z.string().regex(/^[a-z][a-zA-Z0-9_-]{0,63}$/, "expected a table name");

export const envelopeSchema = z.object({
  v: z.literal(ENVELOPE_VERSION),
  keyId: keyIdSchema,
  nonce: z.string().length(base64Length(NONCE_BYTES)).regex(BASE64),
  ciphertext: z
    .string()
    .min(base64Length(TAG_BYTES + 1))
    .regex(BASE64),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export type OpenFailure = "malformed" | "unsupportedVersion" | "wrongKey" | "tampered";

/** AD = version, collection, record id, key id, each length-prefixed (see encodeAd). */
function envelopeAd(version: number, collection: string, id: string, keyId: KeyId): Uint8Array {
  return encodeAd("small-steps/record", [String(version), collection, id, keyId]);
}

export interface SealInput {
  /** The record's id (a uuid in core's records); bound, not encrypted — the server needs it. */
  id: string;
  collection: string;
  keyId: KeyId;
  key: Uint8Array;
  /** The whole record, kind and timestamps included; serialised as JSON inside the ciphertext. */
  plaintext: Record<string, unknown>;
}

export async function seal(input: SealInput): Promise<Envelope> {
  const { id, collection, keyId, key, plaintext } = input;
  collectionSchema.parse(collection);
  keyIdSchema.parse(keyId);
  if (id.length === 0) throw new RangeError("a record id is required");
  if (typeof plaintext !== "object" || plaintext === null || Array.isArray(plaintext)) {
    throw new TypeError("plaintext must be a plain object");
  }
  const s = await ready();
  const nonce = s.randombytes_buf(NONCE_BYTES);
  const ciphertext = s.crypto_aead_xchacha20poly1305_ietf_encrypt(
    new TextEncoder().encode(JSON.stringify(plaintext)),
    envelopeAd(ENVELOPE_VERSION, collection, id, keyId),
    null,
    nonce,
    key,
  );
  return { v: ENVELOPE_VERSION, keyId, nonce: toBase64(s, nonce), ciphertext: toBase64(s, ciphertext) };
}

export interface OpenContext {
  /** Where the caller found the envelope: these, not anything the server claims, form the AD. */
  id: string;
  collection: string;
  /** The key the caller holds and its id; an envelope naming another key is "wrongKey". */
  keyId: KeyId;
  key: Uint8Array;
}

/**
 * Opens an envelope. The plaintext comes back as `unknown`: the caller validates it with core's
 * zod schema for the record kind, as it does for anything read from storage.
 */
export async function open(envelope: unknown, ctx: OpenContext): Promise<Result<unknown, OpenFailure>> {
  if (
    typeof envelope === "object" &&
    envelope !== null &&
    "v" in envelope &&
    envelope.v !== ENVELOPE_VERSION
  ) {
    return fail("unsupportedVersion");
  }
  const parsed = envelopeSchema.safeParse(envelope);
  if (!parsed.success) return fail("malformed");
  const e = parsed.data;
  if (e.keyId !== ctx.keyId) return fail("wrongKey");
  const s = await ready();
  const nonce = fromBase64(s, e.nonce);
  const ciphertext = fromBase64(s, e.ciphertext);
  if (!nonce || !ciphertext) return fail("malformed");
  let bytes: Uint8Array;
  try {
    bytes = s.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      ciphertext,
      envelopeAd(e.v, ctx.collection, ctx.id, e.keyId),
      nonce,
      ctx.key,
    );
  } catch {
    // With the key id matching, a failed tag means the bytes or their binding were changed
    // (or the key material under that id is not the one that sealed it — indistinguishable).
    return fail("tampered");
  }
  try {
    return ok(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) as unknown);
  } catch {
    return fail("malformed");
  }
}
