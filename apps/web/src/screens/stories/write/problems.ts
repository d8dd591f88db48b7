import type { TFunction } from "i18next";
import type { ApiFailure } from "../../../account/api.ts";
import { waitWords } from "../../account/problems.ts";

/** What can go wrong talking to the stories server, as the writing screens word it. */
export type StoryProblem =
  /** No answer: offline or the server is down. */
  | { kind: "offline" }
  | { kind: "rateLimited"; retryAfterSeconds: number }
  /** No session (ST1): stories need an account. */
  | { kind: "signedOut" }
  /** Publishing needs an author profile (ST2). */
  | { kind: "noProfile" }
  /** Not there, or not this person's (ST4 answers both the same). */
  | { kind: "notFound" }
  /** A moderator has paused this person's sharing. */
  | { kind: "banned" }
  /** The server read the story differently from the device (a plain 400). */
  | { kind: "invalid" }
  | { kind: "failed" };

export function storyProblemOf(f: ApiFailure): StoryProblem {
  if (f.kind === "unreachable") return { kind: "offline" };
  if (f.kind === "rateLimited") return { kind: "rateLimited", retryAfterSeconds: f.retryAfterSeconds };
  if (f.kind === "refused") {
    if (f.status === 401 || f.code === "signed_out") return { kind: "signedOut" };
    if (f.code === "no_profile") return { kind: "noProfile" };
    if (f.code === "banned") return { kind: "banned" };
    if (f.status === 404) return { kind: "notFound" };
    if (f.status === 400) return { kind: "invalid" };
  }
  return { kind: "failed" };
}

const LOAD_KINDS: ReadonlySet<StoryProblem["kind"]> = new Set([
  "offline",
  "rateLimited",
  "notFound",
  "failed",
]);

/**
 * A problem in calm words. After saving ("save"), every message says the person's words are still
 * where they were; while opening a screen ("load"), there are no words of theirs at stake yet.
 */
export function storyProblemText(t: TFunction, p: StoryProblem, when: "save" | "load" = "save"): string {
  const group = when === "load" ? "loadProblems" : "problems";
  const kind = when === "load" && !LOAD_KINDS.has(p.kind) ? "failed" : p.kind;
  if (p.kind === "rateLimited")
    return t(`storiesWrite:${group}.rateLimited`, { time: waitWords(t, p.retryAfterSeconds) });
  return t(`storiesWrite:${group}.${kind}`);
}
