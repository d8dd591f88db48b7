import { useTranslation } from "react-i18next";
import type { ApiFailure } from "../../account/api.ts";
import { RetryProblem } from "../../ui/RetryProblem.tsx";
import { failureText, isNotAllowed } from "./problems.ts";

/** A first load that failed: the problem in calm words and a way to try again. */
export function LoadProblem({ failure, onRetry }: { failure: ApiFailure; onRetry: () => void }) {
  const { t } = useTranslation("moderation");
  // The role was taken away, or the session ended, since this page opened.
  if (isNotAllowed(failure)) return <p>{t("notForYou.body")}</p>;
  return <RetryProblem text={failureText(t, failure)} retry={{ label: t("problems.tryAgain"), onRetry }} />;
}
