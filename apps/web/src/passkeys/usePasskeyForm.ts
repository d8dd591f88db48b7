import { useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { actionsUnderWay, type FormError } from "../screens/account/useAccountForm.ts";
import { type PasskeyScreenProblem, passkeyProblemText } from "./problems.ts";

export type PasskeyChecked<T> = { ok: true; value: T } | { ok: false; problem: PasskeyScreenProblem };

/**
 * Busy and error state for a passkey form, as the account forms have (useAccountForm), with
 * passkey problems in their own words. A second press while one is under way is ignored.
 */
export function usePasskeyForm() {
  const { t } = useTranslation("passkeys");
  const [busy, setBusy] = useState(false);
  const [error, setErrorState] = useState<FormError | null>(null);
  const running = useRef(false);
  const count = useRef(0);

  const setError = (text: string | null) => setErrorState(text ? { text, n: ++count.current } : null);

  async function run<T>(
    work: () => Promise<PasskeyChecked<T>>,
    onDone: (value: T) => void | Promise<void>,
  ): Promise<void> {
    if (running.current) return;
    running.current = true;
    // Saving or clearing keys here is this screen's own doing, not another tab signing out.
    actionsUnderWay.count++;
    setBusy(true);
    setError(null);
    try {
      const r = await work();
      if (r.ok) await onDone(r.value);
      else setError(passkeyProblemText(t, r.problem));
    } catch (err) {
      console.error("passkeys: an action failed", err instanceof Error ? err.name : "");
      setError(passkeyProblemText(t, { kind: "failed" }));
    } finally {
      running.current = false;
      actionsUnderWay.count--;
      setBusy(false);
    }
  }

  return { busy, error, setError, run };
}
