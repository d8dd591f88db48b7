import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { signIn } from "../../account/actions.ts";
import { normalizeUsername } from "../../account/username.ts";
import { PasskeySignIn } from "../../passkeys/PasskeySignIn.tsx";
import { FormActions } from "./FormActions.tsx";
import { PasswordField } from "./PasswordField.tsx";
import { UsernameField } from "./UsernameField.tsx";
import { useAccountForm } from "./useAccountForm.ts";
import { ViewHeading } from "./ViewHeading.tsx";
import type { ViewProps } from "./view.ts";

export function SignInView({
  go,
  focus,
  username: initial,
  notice,
}: ViewProps & { username?: string | undefined; notice?: string | undefined }) {
  const { t } = useTranslation("account");
  const [username, setUsername] = useState(initial ?? "");
  const [password, setPassword] = useState("");
  const form = useAccountForm();

  function onSubmit(event: Event) {
    event.preventDefault();
    void form.run(
      async () => {
        const name = normalizeUsername(username);
        // Any name is sent as typed (after normalising): an unknown one simply doesn't match.
        if (!name || !password) return { ok: false, problem: { kind: "wrongCredentials" } };
        return signIn(name, password);
      },
      (account) => go({ name: "signedIn", username: account.user.username, account }),
    );
  }

  return (
    <>
      <ViewHeading focus={focus}>{t("signIn.title")}</ViewHeading>
      {notice && <p class="account-notice">{notice}</p>}
      <form class="stack account-form" onSubmit={onSubmit} aria-busy={form.busy} noValidate>
        <UsernameField value={username} onValue={setUsername} />
        <PasswordField
          id="account-password"
          label={t("fields.password")}
          value={password}
          onValue={setPassword}
          autoComplete="current-password"
        />
        <FormActions form={form} submit={t("signIn.submit")} onBack={() => go({ name: "signedOut" })} />
      </form>
      <PasskeySignIn
        onSignedIn={(account) => go({ name: "signedIn", username: account.user.username, account })}
      />
      <p>
        <button
          type="button"
          class="quiet"
          disabled={form.busy}
          onClick={() => go({ name: "recover", username: normalizeUsername(username) })}
        >
          {t("signIn.forgot")}
        </button>
      </p>
    </>
  );
}
