import { useTranslation } from "react-i18next";
import type { ApiFailure } from "../../../account/api.ts";
import { failureText, isSignedOut } from "./problems.ts";

/**
 * What a reading screen shows when its first load failed: without an account, why stories need
 * one and where to make it; otherwise the problem in calm words and a way to try again.
 */
export function LoadProblem({ failure, onRetry }: { failure: ApiFailure; onRetry: () => void }) {
  const { t } = useTranslation("stories");
  if (isSignedOut(failure)) {
    return (
      <section class="card stack" aria-labelledby="stories-no-account">
        <h2 id="stories-no-account">{t("problems.signedOutHeading")}</h2>
        <p>{t("problems.signedOut")}</p>
        <p>
          <a class="button primary" href="/account">
            {t("problems.signedOutLink")}
          </a>
        </p>
      </section>
    );
  }
  // A story that isn't there won't be there on a second try either.
  const gone = failure.kind === "refused" && failure.code === "not_found";
  return (
    <div class="stack">
      <p class="error-message">{failureText(t, failure)}</p>
      {!gone && (
        <div>
          <button type="button" onClick={onRetry}>
            {t("problems.tryAgain")}
          </button>
        </div>
      )}
    </div>
  );
}
