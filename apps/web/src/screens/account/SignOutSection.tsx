import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { signOut } from "../../account/actions.ts";
import { FormStatus } from "./FormStatus.tsx";
import { removeDeviceData } from "./removeDeviceData.ts";
import { useAccountForm } from "./useAccountForm.ts";
import type { View } from "./view.ts";

/**
 * Signing out forgets the keys on this device and says plainly that the data stays; removing
 * the data too is a separate, explicit choice.
 */
export function SignOutSection({ go }: { go: (view: View) => void }) {
  const { t } = useTranslation("account");
  const [remove, setRemove] = useState(false);
  const form = useAccountForm();

  function onSignOut() {
    void form.run(
      async () => {
        const { told } = await signOut();
        const removed = remove ? await removeDeviceData() : false;
        let notice = told ? t("signOut.done") : t("signOut.offline");
        if (remove) notice = removed ? t("signOut.doneRemoved") : t("errors.removeFailed");
        return { ok: true, value: notice };
      },
      (notice) => go({ name: "signedOut", notice }),
    );
  }

  return (
    <section class="card stack" aria-labelledby="account-signout-heading">
      <h2 id="account-signout-heading">{t("signOut.heading")}</h2>
      <p>{t("signOut.intro")}</p>
      <label class="choice">
        <input type="checkbox" checked={remove} onChange={(e) => setRemove(e.currentTarget.checked)} />
        {t("signOut.alsoRemove")}
      </label>
      {remove && <p class="hint">{t("signOut.removeWarning")}</p>}
      <FormStatus busy={form.busy} busyText={t("working")} error={form.error} />
      <div>
        <button
          type="button"
          class={remove ? "danger" : undefined}
          onClick={onSignOut}
          aria-disabled={form.busy}
        >
          {t("signOut.submit")}
        </button>
      </div>
    </section>
  );
}
