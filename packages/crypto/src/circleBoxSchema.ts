import { z } from "zod";
import { BASE64, base64Length } from "./bytes.ts";

/** Wire shapes of the circle's boxes (circleBox.ts), with no libsodium behind them (C22). */

export const CIRCLE_BOX_VERSION = 1;
const NONCE_BYTES = 24; // crypto_box_NONCEBYTES
const MAC_BYTES = 16; // crypto_box_MACBYTES
export const CIRCLE_PUBLIC_KEY_LENGTH = base64Length(32);

/**
 * Exactly 32 bytes in canonical base64: 42 free characters, a last character whose low 4 bits are
 * zero, and one "=". A key is published once and never replaced (docs/circle.md CR1), so a key of
 * 31 or 33 bytes must never get in.
 */
export const circlePublicKeySchema = z
  .string()
  .length(CIRCLE_PUBLIC_KEY_LENGTH)
  .regex(BASE64)
  .regex(/^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/, "expected a 32-byte key");

/** What travels and rests on the server for one circle message: opaque to it. */
export const circleBoxSchema = z.object({
  v: z.literal(CIRCLE_BOX_VERSION),
  nonce: z.string().length(base64Length(NONCE_BYTES)).regex(BASE64),
  ciphertext: z
    .string()
    .min(base64Length(MAC_BYTES + 1))
    .regex(BASE64),
});
export type CircleBox = z.infer<typeof circleBoxSchema>;
