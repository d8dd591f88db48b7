import { inviteCodeSchema } from "@small-steps/sync";

/** The code from a link's fragment (`/circle/join#CODE`), as typed or pasted; "" when there is none. */
export function codeFromHash(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, "")).trim();
  } catch {
    return "";
  }
}

/** The code ready to send (normalised as CR3 reads it), or null when it can't be a whole code yet. */
export function readyCode(input: string): string | null {
  const parsed = inviteCodeSchema.safeParse(input);
  return parsed.success ? parsed.data : null;
}
