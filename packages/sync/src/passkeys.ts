import { wrappedKeySchema } from "@small-steps/crypto/schemas";
import { z } from "zod";
import { accountResponse, usernameSchema } from "./account.ts";

/**
 * The passkey API's wire shapes (WebAuthn through @simplewebauthn on both ends). A passkey is a
 * second way in beside the password; where the browser gives a PRF output, the account key is also
 * wrapped for that passkey (docs/crypto.md C23–C24) so signing in with it can unlock the data.
 * The PRF output itself never travels: only the wrapped account key does, opaque to the server.
 */

/** WebAuthn's binary fields as @simplewebauthn sends them: base64url, normally unpadded. */
const base64url = (maxChars: number) =>
  z
    .string()
    .min(1)
    .max(maxChars)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, "expected base64url");

/** Credential ids are at most 1023 bytes (WebAuthn §5.8.3): 1364 base64url characters. */
const credentialIdSchema = base64url(1364);

/** The PRF input: 32 bytes, base64url without padding. */
export const prfSaltSchema = z
  .string()
  .length(43)
  .regex(/^[A-Za-z0-9_-]+$/, "expected base64url");

/** A passkey's own name, chosen by the person ("Phone", "Laptop"). */
export const PASSKEY_NAME_MAX = 60;
export const passkeyNameSchema = z
  .string()
  .max(1000)
  .transform((name) => name.normalize("NFC").trim())
  .pipe(z.string().min(1, "a name is needed").max(PASSKEY_NAME_MAX));

/** The account key wrapped by one passkey's PRF-derived key; nothing else may pose as it. */
export const passkeyWrappedKeySchema = wrappedKeySchema.refine(
  (k) => k.wrappedBy === "passkey" && k.keyId.startsWith("account:"),
  "the account key wrapped by a passkey",
);
export type PasskeyWrappedKey = z.infer<typeof passkeyWrappedKeySchema>;

/**
 * Extension outputs are dropped on arrival (a zod object strips unknown keys): the server needs
 * none of them, and this way a client that forgot to remove its PRF results could never have
 * them stored or logged.
 */
const clientExtensionResults = z.object({}).optional().default({});

const authenticatorAttachment = z.enum(["platform", "cross-platform"]).optional();

/** navigator.credentials.create() as @simplewebauthn/browser's startRegistration returns it. */
export const registrationCredentialSchema = z.object({
  id: credentialIdSchema,
  rawId: credentialIdSchema,
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: base64url(8 * 1024),
    attestationObject: base64url(32 * 1024),
    authenticatorData: base64url(32 * 1024).optional(),
    transports: z.array(z.string().max(32)).max(10).optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: base64url(8 * 1024).optional(),
  }),
  authenticatorAttachment,
  clientExtensionResults,
});

/** navigator.credentials.get() as @simplewebauthn/browser's startAuthentication returns it. */
export const authenticationCredentialSchema = z.object({
  id: credentialIdSchema,
  rawId: credentialIdSchema,
  type: z.literal("public-key"),
  response: z.object({
    clientDataJSON: base64url(8 * 1024),
    authenticatorData: base64url(32 * 1024),
    signature: base64url(8 * 1024),
    userHandle: base64url(128).optional(),
  }),
  authenticatorAttachment,
  clientExtensionResults,
});

/**
 * Options for navigator.credentials (@simplewebauthn's *OptionsJSON), passed through as they
 * are. The PRF input travels beside them as `prfSalt`, because JSON cannot carry the bytes the
 * browser wants there; the client puts it into `extensions.prf.eval`.
 */
const webAuthnOptions = z.looseObject({ challenge: base64url(128) });

export const registrationOptionsResponse = z.object({ options: webAuthnOptions, prfSalt: prfSaltSchema });

export const registrationVerifyRequest = z.object({
  response: registrationCredentialSchema,
  name: passkeyNameSchema.optional(),
  /** Present when the browser gave a PRF output for this passkey. */
  prfWrappedAccountKey: passkeyWrappedKeySchema.optional(),
});

export const passkeyInfo = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  /** True when this passkey can also unlock the data (it holds a PRF-wrapped account key). */
  unlocksKeys: z.boolean(),
});
export type PasskeyInfo = z.infer<typeof passkeyInfo>;

export const registrationVerifyResponse = z.object({ passkey: passkeyInfo });
export const passkeyListResponse = z.object({ passkeys: z.array(passkeyInfo) });
export const passkeyRenameRequest = z.object({ name: passkeyNameSchema });

/** A name is optional: without one, any passkey on the device may answer (discoverable). */
export const loginOptionsRequest = z.object({ username: usernameSchema.optional() });
export const loginOptionsResponse = z.object({ options: webAuthnOptions, prfSalt: prfSaltSchema });

export const loginVerifyRequest = z.object({ response: authenticationCredentialSchema });

/** The same account answer a password sign-in gives, plus what this passkey can unlock. */
export const loginVerifyResponse = accountResponse.extend({
  passkeyWrappedAccountKey: passkeyWrappedKeySchema.optional(),
  /** The PRF input the wrapped key was made with; the client asks the passkey again if it differs. */
  prfSalt: prfSaltSchema.optional(),
});
export type PasskeyLoginResponse = z.infer<typeof loginVerifyResponse>;
