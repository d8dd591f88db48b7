import { useTranslation } from "react-i18next";
import type { ApiFailure } from "../../../account/api.ts";
import { RetryProblem } from "../../../ui/RetryProblem.tsx";
import { AccountNeeded } from "../AccountNeeded.tsx";
import { failureText, isSignedOut } from "./problems.ts";

/**
 * What a reading screen shows when its first load failed: without an account, why stories need
 * one and where to make it; otherwise the problem in calm words and a way to try again.
 */
export function LoadProblem({ failure, onRetry }: { failure: ApiFailure; onRetry: () => void }) {
  const { t } = useTranslation("stories");
  if (isSignedOut(failure)) {
    return (
      <AccountNeeded
        heading={t("problems.signedOutHeading")}
        why={[t("problems.signedOut")]}
        link={t("problems.signedOutLink")}
      />
    );
  }
  // A story that isn't there won't be there on a second try either.
  const gone = failure.kind === "refused" && failure.code === "not_found";
  return (
    <RetryProblem
      text={failureText(t, failure)}
      retry={gone ? undefined : { label: t("problems.tryAgain"), onRetry }}
    />
  );
}
