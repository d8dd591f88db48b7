import { useTranslation } from "react-i18next";
import { type Checked, useProblemForm } from "../screens/account/useAccountForm.ts";
import { type PasskeyScreenProblem, passkeyProblemText } from "./problems.ts";

export type PasskeyChecked<T> = Checked<T, PasskeyScreenProblem>;

/** A passkey form: the account forms' busy and error state, with passkey problems in their own words. */
export function usePasskeyForm() {
  const { t } = useTranslation("passkeys");
  return useProblemForm<PasskeyScreenProblem>(
    (problem) => passkeyProblemText(t, problem),
    { kind: "failed" },
    "passkeys",
  );
}
