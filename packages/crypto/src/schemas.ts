/**
 * `@small-steps/crypto/schemas`: the shapes of wrapped keys and key ids, with no libsodium behind
 * them. Wire schemas (packages/sync) import these so that checking a request or a response never
 * loads the crypto library itself; only sealing and opening do, lazily (C22).
 */

export {
  CIRCLE_BOX_VERSION,
  CIRCLE_PUBLIC_KEY_LENGTH,
  type CircleBox,
  circleBoxSchema,
  circlePublicKeySchema,
} from "./circleBoxSchema.ts";
export { type KeyId, type KeyPurpose, keyIdSchema } from "./keyIds.ts";
export {
  WRAPPED_KEY_VERSION,
  WRAPPERS,
  type WrappedKey,
  type Wrapper,
  wrappedKeySchema,
} from "./wrappedKey.ts";
