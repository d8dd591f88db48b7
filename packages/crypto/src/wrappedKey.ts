import { z } from "zod";
import { BASE64, base64Length } from "./bytes.ts";
import { keyIdSchema } from "./keyIds.ts";

/**
 * The stored shape of a wrapped key (docs/crypto.md C7), apart from the code that wraps and
 * unwraps: the server and the web app's screens validate bundles with it, and this module
 * pulls in no libsodium (see schemas.ts), so validating never loads the 188 KB WebAssembly.
 */

/** What a wrapped key was wrapped with; bound into the AD so one kind cannot pose as another. */
export const WRAPPERS = ["password", "recovery", "account", "passkey"] as const;
export type Wrapper = (typeof WRAPPERS)[number];

const NONCE_BYTES = 24; // crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
const TAG_BYTES = 16; // crypto_aead_xchacha20poly1305_ietf_ABYTES

export const WRAPPED_KEY_VERSION = 1;

/** A wrapped key as stored on the server and on the device. */
export const wrappedKeySchema = z.object({
  v: z.literal(WRAPPED_KEY_VERSION),
  keyId: keyIdSchema,
  wrappedBy: z.enum(WRAPPERS),
  nonce: z.string().length(base64Length(NONCE_BYTES)).regex(BASE64),
  ciphertext: z
    .string()
    .length(base64Length(32 + TAG_BYTES))
    .regex(BASE64),
});
export type WrappedKey = z.infer<typeof wrappedKeySchema>;
