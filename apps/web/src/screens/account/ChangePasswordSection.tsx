import type { AccountResponse } from "@small-steps/sync";
import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { changePassword } from "../../account/actions.ts";
import { useSpoken } from "../../ui/StatusMessage.tsx";
import { accountData } from "./currentAccountData.ts";
import { FormStatus } from "./FormStatus.tsx";
import { newPasswordProblem } from "./newPassword.ts";
import { PasswordField } from "./PasswordField.tsx";
import { useAccountForm } from "./useAccountForm.ts";

interface Props {
  account: AccountResponse | null;
  onChanged: (account: AccountResponse) => void;
  username: string;
}

/** Current and new password; the account key is re-wrapped with a new salt (C20). */
export function ChangePasswordSection({ account, onChanged, username }: Props) {
  const { t } = useTranslation("account");
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [done, sayDone, clearDone] = useSpoken();
  const form = useAccountForm();

  function onSubmit(event: Event) {
    event.preventDefault();
    clearDone();
    void form.run(
      async () => {
        if (!current) return { ok: false, problem: { kind: "wrongPassword" } };
        const weak = await newPasswordProblem(next, username);
        if (weak) return { ok: false, problem: weak };
        const data = await accountData(account);
        if (!data.ok) return data;
        return changePassword(data.value, current, next);
      },
      (updated) => {
        onChanged(updated);
        setCurrent("");
        setNext("");
        sayDone(t("password.done"));
      },
    );
  }

  return (
    <section class="card stack" aria-labelledby="account-password-heading">
      <h2 id="account-password-heading">{t("password.heading")}</h2>
      <p class="hint">{t("password.intro")}</p>
      <form class="stack account-form" onSubmit={onSubmit} aria-busy={form.busy} noValidate>
        {/* For password managers: which account this new password belongs to. */}
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <PasswordField
          id="account-current-password"
          label={t("fields.currentPassword")}
          value={current}
          onValue={setCurrent}
          autoComplete="current-password"
        />
        <PasswordField
          id="account-changed-password"
          label={t("fields.newPassword")}
          hint={t("fields.passwordHint")}
          value={next}
          onValue={setNext}
          autoComplete="new-password"
        />
        <FormStatus busy={form.busy} busyText={t("busy")} error={form.error} />
        <div role="status" aria-live="polite">
          {done.text && <p key={done.n}>{done.text}</p>}
        </div>
        <div>
          <button type="submit" aria-disabled={form.busy}>
            {t("password.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
