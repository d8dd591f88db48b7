import type { TFunction } from "i18next";
import type { AccountProblem } from "../../account/actions.ts";
import type { PasswordProblem } from "../../account/passwordPolicy.ts";

/** What can go wrong on an account form: the action's problems and the form's own checks. */
export type ScreenProblem =
  | AccountProblem
  | { kind: PasswordProblem | "usernameInvalid" | "listUnavailable" };

/** "about 5 minutes": the server's wait, rounded up to a unit a person thinks in. */
export function waitWords(t: TFunction, seconds: number): string {
  if (seconds < 90) return t("account:time.seconds", { count: Math.max(1, Math.ceil(seconds)) });
  if (seconds < 90 * 60) return t("account:time.minutes", { count: Math.ceil(seconds / 60) });
  return t("account:time.hours", { count: Math.ceil(seconds / 3600) });
}

/** Every problem in calm words. */
export function problemText(t: TFunction, p: ScreenProblem): string {
  switch (p.kind) {
    case "rateLimited":
      return t("account:errors.rateLimited", { time: waitWords(t, p.retryAfterSeconds) });
    case "refused":
      // A refusal this screen did not expect; a 400 here means the server read the name differently.
      return p.status === 400 ? t("account:errors.usernameInvalid") : t("account:errors.unexpected");
    default:
      return t(`account:errors.${p.kind}`);
  }
}
