import type { AccountResponse } from "@small-steps/sync";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { FormStatus } from "../screens/account/FormStatus.tsx";
import { PasswordField } from "../screens/account/PasswordField.tsx";
import { abandonPasskeySignIn, unlockWithPassword } from "./actions.ts";
import { usePasskeyForm } from "./usePasskeyForm.ts";

interface Props {
  account: AccountResponse;
  onUnlocked: (account: AccountResponse) => void;
  /** After "Not now": the passkey's session has been ended. */
  onClosed: () => void;
}

/**
 * Signed in with a passkey that cannot unlock the data here: the password opens the keys from
 * the bundle the sign-in returned, with no second sign-in. It takes the place of the sign-in
 * form (passkeys.css hides that form meanwhile, so there is one password field, not two), and
 * it is not a modal: the top bar, "I'm struggling" included, stays in reach. "Not now" signs
 * out, so no session stays behind without its keys.
 */
export function UnlockStep({ account, onUnlocked, onClosed }: Props) {
  const { t } = useTranslation("passkeys");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [password, setPassword] = useState("");
  const form = usePasskeyForm();
  const leaving = useRef(false);

  // The form that was here has gone: start reading from this step's heading.
  useEffect(() => headingRef.current?.focus(), []);

  async function leave() {
    if (leaving.current) return;
    leaving.current = true;
    await abandonPasskeySignIn();
    onClosed();
  }

  function onSubmit(event: Event) {
    event.preventDefault();
    void form.run(() => unlockWithPassword(password, account), onUnlocked);
  }

  return (
    <section class="stack passkey-unlock" aria-labelledby="passkey-unlock-heading">
      <h2 id="passkey-unlock-heading" ref={headingRef} tabIndex={-1}>
        {t("signIn.unlockHeading")}
      </h2>
      <p>{t("signIn.unlockIntro")}</p>
      <form class="stack account-form" onSubmit={onSubmit} aria-busy={form.busy} noValidate>
        {/* For password managers: which account the password belongs to. */}
        <input
          type="text"
          name="username"
          autoComplete="username"
          value={account.user.username}
          readOnly
          hidden
        />
        <PasswordField
          id="passkey-unlock-password"
          label={t("signIn.password")}
          value={password}
          onValue={setPassword}
          autoComplete="current-password"
        />
        <FormStatus busy={form.busy} busyText={t("signIn.unlockBusy")} error={form.error} />
        <div class="row">
          <button type="submit" class="primary" aria-disabled={form.busy}>
            {t("signIn.unlock")}
          </button>
          <button type="button" onClick={() => void leave()} disabled={form.busy}>
            {t("signIn.cancel")}
          </button>
        </div>
      </form>
    </section>
  );
}
