import { createHash, randomInt } from "node:crypto";
import { INVITE_CODE_ALPHABET, INVITE_CODE_LENGTH, normalizeInviteCode } from "@small-steps/sync";

/**
 * Invite codes (docs/circle.md CR3): 12 Crockford base32 characters drawn with the CSPRNG (60
 * bits), single-use, alive for 48 hours. The code is shown once to the person who made it; the
 * server keeps only its SHA-256, so a copy of the database cannot be used to join anyone's circle.
 */

export const INVITE_TTL_MS = 48 * 60 * 60 * 1000;

export function newInviteCode(): string {
  let code = "";
  for (let i = 0; i < INVITE_CODE_LENGTH; i++)
    code += INVITE_CODE_ALPHABET[randomInt(INVITE_CODE_ALPHABET.length)];
  return code;
}

/** SHA-256 (hex) of the code as a person might type it: normalized first, so "abcd-efgh…" matches. */
export function hashInviteCode(code: string): string {
  return createHash("sha256").update(normalizeInviteCode(code)).digest("hex");
}

export const inviteExpiry = (createdAt: Date): Date => new Date(createdAt.getTime() + INVITE_TTL_MS);
