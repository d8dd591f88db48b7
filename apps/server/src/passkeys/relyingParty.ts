import { createHash } from "node:crypto";
import { isIP } from "node:net";
import type { FastifyRequest } from "fastify";
import { ApiProblem } from "../apiProblem.ts";
import type { Config } from "../config.ts";

export const RP_NAME = "Small Steps";

/**
 * The PRF input every passkey is asked with (docs/crypto.md C23): 32 bytes, base64url. One fixed
 * value, because a passkey picked at sign-in without a name is not known until it answers, so a
 * per-credential input could not be asked for in the same prompt. The output still differs for
 * every credential. It is stored with each PRF-wrapped key, so a later version can change it.
 */
export const PRF_SALT = createHash("sha256").update("small-steps/passkey-prf/v1").digest("base64url");

export interface RelyingParty {
  rpID: string;
  /** The page's origin the browser must report, e.g. https://steps.example.org. */
  origin: string;
}

export const passkeysUnavailable = (message: string) => new ApiProblem(400, "passkeys_unavailable", message);

/**
 * Who passkeys are made for and checked against on this request: RP_ID when set, otherwise the
 * host name the request came to. The expected origin is the address the request was sent to
 * (behind a trusted proxy, the one it reports); the browser writes the page's real origin into
 * what it signs, and it only signs for an RP id the page's domain belongs to.
 */
export function relyingPartyFor(request: FastifyRequest, config: Pick<Config, "rpId">): RelyingParty {
  const hostname = request.hostname.toLowerCase();
  const rpID = config.rpId ?? hostname;
  if (!hostname || isIP(hostname.replace(/^\[|\]$/g, "")) !== 0) {
    throw passkeysUnavailable(
      "Passkeys work when Small Steps is opened by its name (such as localhost or steps.example.org), not by a number address.",
    );
  }
  if (hostname !== rpID && !hostname.endsWith(`.${rpID}`)) {
    throw passkeysUnavailable(
      "Passkeys are set up for another address of this server. Please open Small Steps there.",
    );
  }
  return { rpID, origin: `${request.protocol}://${request.host.toLowerCase()}` };
}
