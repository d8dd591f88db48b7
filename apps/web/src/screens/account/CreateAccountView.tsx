import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { signUp } from "../../account/actions.ts";
import { normalizeUsername, USERNAME_RULE } from "../../account/username.ts";
import { FormActions } from "./FormActions.tsx";
import { newPasswordProblem } from "./newPassword.ts";
import { PasswordField } from "./PasswordField.tsx";
import { holdCode } from "./pendingCode.ts";
import { UsernameField } from "./UsernameField.tsx";
import { useAccountForm } from "./useAccountForm.ts";
import { ViewHeading } from "./ViewHeading.tsx";
import type { ViewProps } from "./view.ts";

/** Username and password; then the recovery code, shown once. */
export function CreateAccountView({ go, focus }: ViewProps) {
  const { t } = useTranslation("account");
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const form = useAccountForm();

  function onSubmit(event: Event) {
    event.preventDefault();
    void form.run(
      async () => {
        const name = normalizeUsername(username);
        if (!USERNAME_RULE.test(name)) return { ok: false, problem: { kind: "usernameInvalid" } };
        const weak = await newPasswordProblem(password, name);
        if (weak) return { ok: false, problem: weak };
        return signUp(name, password);
      },
      ({ account, recoveryCode }) => {
        const pending = { username: account.user.username, code: recoveryCode, account };
        holdCode(pending);
        go({ name: "code", ...pending });
      },
    );
  }

  return (
    <>
      <ViewHeading focus={focus}>{t("create.title")}</ViewHeading>
      <p>{t("create.intro")}</p>
      <form class="stack account-form" onSubmit={onSubmit} aria-busy={form.busy} noValidate>
        <UsernameField value={username} onValue={setUsername} withHint />
        <PasswordField
          id="account-new-password"
          label={t("fields.password")}
          hint={t("fields.passwordHint")}
          value={password}
          onValue={setPassword}
          autoComplete="new-password"
        />
        <FormActions form={form} submit={t("create.submit")} onBack={() => go({ name: "signedOut" })} />
      </form>
    </>
  );
}
