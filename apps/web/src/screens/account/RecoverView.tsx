import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { recover } from "../../account/actions.ts";
import { normalizeUsername } from "../../account/username.ts";
import { FormActions } from "./FormActions.tsx";
import { newPasswordProblem } from "./newPassword.ts";
import { PasswordField } from "./PasswordField.tsx";
import { UsernameField } from "./UsernameField.tsx";
import { useAccountForm } from "./useAccountForm.ts";
import { ViewHeading } from "./ViewHeading.tsx";
import type { ViewProps } from "./view.ts";

/** "Forgot your password?": the recovery code opens the account key; a new password wraps it. */
export function RecoverView({ go, focus, username: initial }: ViewProps & { username?: string | undefined }) {
  const { t } = useTranslation("account");
  const [username, setUsername] = useState(initial ?? "");
  const [code, setCode] = useState("");
  const [password, setPassword] = useState("");
  const form = useAccountForm();

  function onSubmit(event: Event) {
    event.preventDefault();
    void form.run(
      async () => {
        const name = normalizeUsername(username);
        if (!name) return { ok: false, problem: { kind: "usernameInvalid" } };
        if (!code.trim()) return { ok: false, problem: { kind: "codeIncomplete" } };
        const weak = await newPasswordProblem(password, name);
        if (weak) return { ok: false, problem: weak };
        return recover(name, code, password);
      },
      (account) =>
        go({ name: "signedIn", username: account.user.username, account, notice: t("recover.done") }),
    );
  }

  return (
    <>
      <ViewHeading focus={focus}>{t("recover.title")}</ViewHeading>
      <p>{t("recover.intro")}</p>
      <p class="hint">{t("recover.noCode")}</p>
      <form class="stack account-form" onSubmit={onSubmit} aria-busy={form.busy} noValidate>
        <UsernameField value={username} onValue={setUsername} />
        <div class="field">
          <label for="account-recovery-code">{t("fields.recoveryCode")}</label>
          <p id="account-recovery-code-hint" class="hint">
            {t("fields.recoveryCodeHint")}
          </p>
          <textarea
            id="account-recovery-code"
            name="recovery-code"
            class="recovery-code-input"
            rows={3}
            value={code}
            onInput={(e) => setCode(e.currentTarget.value)}
            autoComplete="off"
            autoCapitalize="none"
            autoCorrect="off"
            spellcheck={false}
            required
            aria-describedby="account-recovery-code-hint"
          />
        </div>
        <PasswordField
          id="account-new-password"
          label={t("fields.newPassword")}
          hint={t("fields.passwordHint")}
          value={password}
          onValue={setPassword}
          autoComplete="new-password"
        />
        <FormActions form={form} submit={t("recover.submit")} onBack={() => go({ name: "signedOut" })} />
      </form>
    </>
  );
}
