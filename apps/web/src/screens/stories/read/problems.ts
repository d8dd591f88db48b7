import type { TFunction } from "i18next";
import type { ApiFailure } from "../../../account/api.ts";
import { waitWords } from "../../account/problems.ts";

/** No session: the screen explains that stories need an account instead of showing an error. */
export const isSignedOut = (failure: ApiFailure): boolean =>
  failure.kind === "refused" && (failure.code === "signed_out" || failure.status === 401);

/** Codes the reading screens put into their own words; anything else is "unexpected". */
const KNOWN_CODES = ["not_found", "banned", "reply_too_deep", "own_story"] as const;

/** Every failure in calm words: what happened and what the person could do, never blame. */
export function failureText(t: TFunction, failure: ApiFailure): string {
  switch (failure.kind) {
    case "unreachable":
      return t("stories:problems.unreachable");
    case "rateLimited":
      return t("stories:problems.rateLimited", { time: waitWords(t, failure.retryAfterSeconds) });
    case "refused": {
      if (isSignedOut(failure)) return t("stories:problems.signedOut");
      const known = (KNOWN_CODES as readonly string[]).includes(failure.code);
      if (known) return t(`stories:problems.${failure.code}`);
      return failure.status === 400 ? t("stories:problems.invalid") : t("stories:problems.unexpected");
    }
    default:
      return t("stories:problems.unexpected");
  }
}
