import type { AccountResponse } from "@small-steps/sync";
import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { deleteAccount } from "../../account/actions.ts";
import { accountData } from "./currentAccountData.ts";
import { FormStatus } from "./FormStatus.tsx";
import { PasswordField } from "./PasswordField.tsx";
import { removeDeviceData } from "./removeDeviceData.ts";
import { useAccountForm } from "./useAccountForm.ts";
import type { View } from "./view.ts";

interface Props {
  username: string;
  account: AccountResponse | null;
  onAccount: (account: AccountResponse) => void;
  go: (view: View) => void;
}

/**
 * Deleting the account removes the server's copy at once; the password confirms it is really
 * the person. This device's data stays unless they choose to remove it as well.
 */
export function DeleteAccountSection({ username, account, onAccount, go }: Props) {
  const { t } = useTranslation("account");
  const [password, setPassword] = useState("");
  const [remove, setRemove] = useState(false);
  const form = useAccountForm();

  function onSubmit(event: Event) {
    event.preventDefault();
    void form.run(
      async () => {
        if (!password) return { ok: false, problem: { kind: "wrongPassword" } };
        const data = await accountData(account);
        if (!data.ok) return data;
        onAccount(data.value);
        const r = await deleteAccount(data.value, password);
        if (!r.ok) return r;
        const removed = remove ? await removeDeviceData() : false;
        let notice = t("delete.done");
        if (remove) notice = removed ? t("delete.doneRemoved") : t("errors.removeFailed");
        return { ok: true, value: notice };
      },
      (notice) => go({ name: "signedOut", notice }),
    );
  }

  return (
    <section class="card stack" aria-labelledby="account-delete-heading">
      <h2 id="account-delete-heading">{t("delete.heading")}</h2>
      <p>{t("delete.intro")}</p>
      <form class="stack account-form" onSubmit={onSubmit} aria-busy={form.busy} noValidate>
        {/* For password managers: which account this password belongs to. */}
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <PasswordField
          id="account-delete-password"
          label={t("delete.password")}
          value={password}
          onValue={setPassword}
          autoComplete="current-password"
        />
        <label class="choice">
          <input type="checkbox" checked={remove} onChange={(e) => setRemove(e.currentTarget.checked)} />
          {t("delete.alsoRemove")}
        </label>
        <FormStatus busy={form.busy} busyText={t("busy")} error={form.error} />
        <div>
          <button type="submit" class="danger" aria-disabled={form.busy}>
            {t("delete.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
