/**
 * @small-steps/crypto — key derivation, keys and wrapping, record envelopes, the recovery key.
 * Import it lazily (`await import("@small-steps/crypto")`): libsodium is large and the first
 * screen and SOS must never wait for it. The rules are numbered in docs/crypto.md.
 */
export * from "./circleBox.ts";
export * from "./envelope.ts";
export * from "./kdf.ts";
export * from "./keyIds.ts";
export * from "./keys.ts";
export * from "./passkey.ts";
export * from "./passwordChange.ts";
export * from "./recovery.ts";
export {
  RECOVERY_WORD_COUNT,
  type RecoveryCodeFailure,
  type RecoveryCodeResult,
  type RecoveryResult,
  type UnknownWordFailure,
} from "./recoveryCode.ts";
export * from "./result.ts";
export { ready } from "./sodium.ts";
