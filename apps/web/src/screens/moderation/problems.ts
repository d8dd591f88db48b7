import type { TFunction } from "i18next";
import type { ApiFailure } from "../../account/api.ts";
import { waitWords } from "../account/problems.ts";

/**
 * Signed out, or without the role: the moderation routes answer as if they did not exist (ST17),
 * and the screen says calmly that it is for moderators.
 */
export const isNotAllowed = (failure: ApiFailure): boolean =>
  failure.kind === "refused" && (failure.status === 401 || failure.status === 403 || failure.status === 404);

/** A queue item someone else already settled, or whose author took it down (the server's 404). */
export const isGone = (failure: ApiFailure): boolean => failure.kind === "refused" && failure.status === 404;

/** Every failure in calm words: what happened, and that nothing was changed. */
export function failureText(t: TFunction, failure: ApiFailure): string {
  switch (failure.kind) {
    case "unreachable":
      return t("moderation:problems.unreachable");
    case "rateLimited":
      return t("moderation:problems.rateLimited", { time: waitWords(t, failure.retryAfterSeconds) });
    case "refused":
      if (isGone(failure)) return t("moderation:problems.gone");
      return failure.status === 400 ? t("moderation:problems.invalid") : t("moderation:problems.unexpected");
    default:
      return t("moderation:problems.unexpected");
  }
}
