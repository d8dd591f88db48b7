import { useTranslation } from "react-i18next";
import { Privacy } from "./Privacy.tsx";
import { ViewHeading } from "./ViewHeading.tsx";
import type { ViewProps } from "./view.ts";

/** What an account is for, who can read what, and the ways in. */
export function SignedOutView({ go, focus, notice }: ViewProps & { notice?: string | undefined }) {
  const { t } = useTranslation("account");
  return (
    <>
      <ViewHeading focus={focus}>{t("title")}</ViewHeading>
      {notice && <p class="account-notice">{notice}</p>}
      <p>{t("signedOut.intro")}</p>
      <Privacy />
      <div class="row">
        <button type="button" class="primary" onClick={() => go({ name: "create" })}>
          {t("signedOut.create")}
        </button>
        <button type="button" onClick={() => go({ name: "signIn" })}>
          {t("signedOut.signIn")}
        </button>
      </div>
      <p>
        <button type="button" class="quiet" onClick={() => go({ name: "recover" })}>
          {t("signedOut.forgot")}
        </button>
      </p>
    </>
  );
}
