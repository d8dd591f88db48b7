import { createHmac } from "node:crypto";

/**
 * Sign-in options for a name with no passkeys (or no account) list made-up credentials instead of
 * none, so the answer does not tell whether the name exists. They come from the server secret
 * and the name, so asking twice gives the same answer, like a real account's would. No
 * authenticator holds them, so the browser simply finds no passkey.
 */
export function decoyCredentials(secret: Buffer, username: string): { id: string; transports: string[] }[] {
  const mac = (label: string) => createHmac("sha256", secret).update(`${label}\0${username}`).digest();
  const count = 1 + ((mac("small-steps/passkey-decoy-count")[0] ?? 0) % 2);
  return Array.from({ length: count }, (_, i) => ({
    id: mac(`small-steps/passkey-decoy-id/${i}`).toString("base64url"),
    transports: ["internal", "hybrid"],
  }));
}
