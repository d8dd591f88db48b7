import type { ApiFailure } from "../account/api.ts";

/** The circle's expected failures, as values the screens put into calm words. */
export type CircleProblem =
  /** No connection to the server right now (a message is kept and sent later). */
  | { kind: "offline" }
  /** No account on this device: the circle needs one. */
  | { kind: "noAccount" }
  /** The session ended: sign in again. */
  | { kind: "signedOut" }
  /** This device doesn't hold the circle key yet: the password opens it (unlockCircleOnThisDevice). */
  | { kind: "needsPassword" }
  | { kind: "wrongPassword" }
  | { kind: "rateLimited"; retryAfterSeconds: number | null }
  /** An invite code that is wrong, used, expired, or one's own (CR4: never says which). */
  | { kind: "codeNotValid" }
  | { kind: "ownCode" }
  /** Too many pending invites (CR3). */
  | { kind: "tooManyInvites" }
  /** Not (or no longer) connected with that person. */
  | { kind: "notConnected" }
  /** Their key changed (CR2): compare safety codes before anything is sent. */
  | { kind: "keyChanged" }
  /** Something else went wrong on the server or in the browser. */
  | { kind: "failed" };

export type CircleResult<T> = { ok: true; value: T } | { ok: false; problem: CircleProblem };

export const failure = (problem: CircleProblem): { ok: false; problem: CircleProblem } => ({
  ok: false,
  problem,
});

const CODES: Record<string, CircleProblem> = {
  signed_out: { kind: "signedOut" },
  not_connected: { kind: "notConnected" },
  invite_invalid: { kind: "codeNotValid" },
  too_many_invites: { kind: "tooManyInvites" },
};

/** An API failure in the circle's words; codes the circle doesn't name become "failed". */
export function problemOf(f: ApiFailure): CircleProblem {
  if (f.kind === "unreachable") return { kind: "offline" };
  if (f.kind === "rateLimited") return { kind: "rateLimited", retryAfterSeconds: f.retryAfterSeconds };
  if (f.kind === "refused") {
    if (f.status === 410) return { kind: "codeNotValid" };
    return CODES[f.code] ?? (f.status === 404 ? { kind: "notConnected" } : { kind: "failed" });
  }
  return { kind: "failed" };
}
