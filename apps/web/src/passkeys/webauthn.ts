import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from "@simplewebauthn/browser";
import { base64urlToBytes } from "./base64url.ts";

/**
 * The browser's side of WebAuthn, through @simplewebauthn/browser. The library is imported on
 * first use only, so no screen but the account screen ever loads it.
 *
 * The PRF extension (docs/crypto.md C23): our options ask for it, and the server's `prfSalt` is
 * put into `extensions.prf.eval` here, because JSON cannot carry the bytes the browser wants. The
 * PRF output is taken out of the result and removed from what is sent: it is a secret that
 * never leaves this device.
 */

const library = () => import("@simplewebauthn/browser");

export type CeremonyFailure =
  /** The person closed the prompt, or it timed out. */
  | "cancelled"
  /** This authenticator already holds a passkey for the account. */
  | "alreadyAdded"
  /** The browser refused passkeys here (for example an address that is a bare IP). */
  | "unsupported"
  | "failed";

export type CeremonyResult<T> = { ok: true; value: T } | { ok: false; reason: CeremonyFailure };

export interface Ceremony<Response> {
  /** What the server verifies, with every extension output removed. */
  response: Response;
  /** The PRF output (32 bytes) when the authenticator gave one. */
  prfOutput?: Uint8Array;
  /** True when the authenticator says it supports PRF, even if it gave no output yet. */
  prfEnabled: boolean;
}

/** True when this browser has WebAuthn at all; the library is not needed to tell. */
export function passkeysSupported(): boolean {
  return typeof window !== "undefined" && typeof window.PublicKeyCredential === "function";
}

function failureOf(error: unknown): CeremonyFailure {
  const name = error instanceof Error ? error.name : "";
  if (name === "NotAllowedError" || name === "AbortError") return "cancelled";
  if (name === "InvalidStateError") return "alreadyAdded";
  if (name === "SecurityError" || name === "NotSupportedError") return "unsupported";
  return "failed";
}

interface PrfOutputs {
  prf?: { enabled?: boolean; results?: { first?: BufferSource } };
}

function prfOf(outputs: unknown): { output?: Uint8Array; enabled: boolean } {
  const prf = (outputs as PrfOutputs | undefined)?.prf;
  const first = prf?.results?.first;
  if (!first) return { enabled: prf?.enabled === true };
  const view = ArrayBuffer.isView(first)
    ? new Uint8Array(first.buffer, first.byteOffset, first.byteLength)
    : new Uint8Array(first);
  // A copy the caller owns and can wipe.
  return { output: view.slice(), enabled: true };
}

function prfInputs(prfSalt: string) {
  const first = base64urlToBytes(prfSalt);
  return first ? { prf: { eval: { first } } } : {};
}

/**
 * One WebAuthn ceremony with the PRF input added: its response with the extension results taken
 * out (the PRF output must never reach the server), the output kept apart, failures as values.
 */
async function ceremony<R extends { clientExtensionResults: unknown }>(
  extensions: object | undefined,
  prfSalt: string,
  start: (extensions: object) => Promise<R>,
): Promise<CeremonyResult<Ceremony<R>>> {
  try {
    const result = await start({ ...extensions, ...prfInputs(prfSalt) });
    const prf = prfOf(result.clientExtensionResults);
    return {
      ok: true,
      value: {
        response: { ...result, clientExtensionResults: {} },
        ...(prf.output ? { prfOutput: prf.output } : {}),
        prfEnabled: prf.enabled,
      },
    };
  } catch (error) {
    return { ok: false, reason: failureOf(error) };
  }
}

/** navigator.credentials.create() with our options, asking for the PRF output too. */
export async function createPasskey(
  options: PublicKeyCredentialCreationOptionsJSON,
  prfSalt: string,
): Promise<CeremonyResult<Ceremony<RegistrationResponseJSON>>> {
  return ceremony(options.extensions, prfSalt, async (extensions) => {
    const { startRegistration } = await library();
    return startRegistration({ optionsJSON: { ...options, extensions } });
  });
}

/** navigator.credentials.get() with our options, evaluating the PRF with `prfSalt`. */
export async function getPasskey(
  options: PublicKeyCredentialRequestOptionsJSON,
  prfSalt: string,
): Promise<CeremonyResult<Ceremony<AuthenticationResponseJSON>>> {
  return ceremony(options.extensions, prfSalt, async (extensions) => {
    const { startAuthentication } = await library();
    return startAuthentication({ optionsJSON: { ...options, extensions } });
  });
}

/**
 * Asks one passkey for its PRF output alone. Some authenticators give it only when signing, not
 * when created, and a passkey made with an earlier input needs asking again with that one. The
 * challenge is made here and the answer is never sent: only the PRF output is wanted.
 */
export async function passkeyPrf(
  credentialId: string,
  rpId: string,
  prfSalt: string,
): Promise<Uint8Array | undefined> {
  const challenge = new Uint8Array(32);
  crypto.getRandomValues(challenge);
  const { bufferToBase64URLString } = await library();
  const r = await getPasskey(
    {
      challenge: bufferToBase64URLString(challenge.buffer),
      rpId,
      allowCredentials: [{ id: credentialId, type: "public-key" }],
      userVerification: "preferred",
      timeout: 120_000,
    },
    prfSalt,
  );
  return r.ok ? r.value.prfOutput : undefined;
}
