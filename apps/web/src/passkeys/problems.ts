import type { TFunction } from "i18next";
import { problemText as accountProblemText, type ScreenProblem } from "../screens/account/problems.ts";
import type { PasskeyProblem } from "./actions.ts";

/** A form's own check, beside what an action can report. */
export type PasskeyScreenProblem = PasskeyProblem | ScreenProblem | { kind: "nameNeeded" };

const OWN = new Set([
  "cancelled",
  "alreadyAdded",
  "unsupported",
  "failed",
  "notRecognised",
  "expired",
  "tooMany",
  "notFound",
  "nameNeeded",
]);

/** Every passkey problem in calm words; account problems (offline, wrong password…) in theirs. */
export function passkeyProblemText(t: TFunction, p: PasskeyScreenProblem): string {
  if (OWN.has(p.kind)) return t(`passkeys:errors.${p.kind}`);
  // A refusal nothing here expected: the account screen's words for it would talk about usernames.
  if (p.kind === "refused") return t("passkeys:errors.failed");
  return accountProblemText(t, p as ScreenProblem);
}
