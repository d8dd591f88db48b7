import type { AccountResponse } from "@small-steps/sync";
import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { FormStatus } from "../screens/account/FormStatus.tsx";
import { signInWithPasskey } from "./actions.ts";
import { UnlockStep } from "./UnlockStep.tsx";
import { usePasskeyForm } from "./usePasskeyForm.ts";
import { passkeysSupported } from "./webauthn.ts";
import "./passkeys.css";

interface Props {
  /** Called once the keys are on this device, whichever way they were unlocked. */
  onSignedIn: (account: AccountResponse) => void;
}

/**
 * "Sign in with a passkey", under the password form. A passkey that can unlock the data does it
 * at once; otherwise the next step asks for the password, only to open the keys (no second
 * sign-in), in place of the sign-in form.
 */
export function PasskeySignIn({ onSignedIn }: Props) {
  const { t } = useTranslation("passkeys");
  const form = usePasskeyForm();
  const [locked, setLocked] = useState<AccountResponse | null>(null);
  if (!passkeysSupported()) return null;

  function onClick() {
    void form.run(signInWithPasskey, (result) => {
      if (result.kind === "unlocked") onSignedIn(result.account);
      else setLocked(result.account);
    });
  }

  if (locked) {
    return (
      <div class="passkey-sign-in unlocking">
        <UnlockStep account={locked} onUnlocked={onSignedIn} onClosed={() => setLocked(null)} />
      </div>
    );
  }
  return (
    <div class="stack passkey-sign-in">
      <p class="hint">{t("signIn.or")}</p>
      <div>
        <button type="button" onClick={onClick} aria-disabled={form.busy}>
          {t("signIn.button")}
        </button>
      </div>
      <FormStatus busy={form.busy} busyText={t("signIn.busy")} error={form.error} />
    </div>
  );
}
