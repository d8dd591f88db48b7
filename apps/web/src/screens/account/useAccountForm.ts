import { useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { problemText, type ScreenProblem } from "./problems.ts";

export interface FormError {
  text: string;
  /** Bumps on every error, so saying the same words twice still moves focus and is announced. */
  n: number;
}

/**
 * How many account actions are under way on this screen. While one is, account changes it
 * causes itself (saving or clearing keys) are not mistaken for another tab signing out.
 */
export const actionsUnderWay = { count: 0 };

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: ScreenProblem };

/**
 * The busy and error state every account form shares. `run` ignores a second submit while the
 * first is under way (the button stays focusable, marked aria-disabled, so focus is never lost).
 */
export function useAccountForm() {
  const { t } = useTranslation("account");
  const [busy, setBusy] = useState(false);
  const [error, setErrorState] = useState<FormError | null>(null);
  const running = useRef(false);
  const count = useRef(0);

  const setError = (text: string | null) => setErrorState(text ? { text, n: ++count.current } : null);

  async function run<T>(
    work: () => Promise<Checked<T>>,
    onDone: (value: T) => void | Promise<void>,
  ): Promise<void> {
    if (running.current) return;
    running.current = true;
    actionsUnderWay.count++;
    setBusy(true);
    setError(null);
    try {
      const r = await work();
      if (r.ok) await onDone(r.value);
      else setError(problemText(t, r.problem));
    } catch (err) {
      console.error("account: an action failed", err instanceof Error ? err.name : "");
      setError(problemText(t, { kind: "crypto" }));
    } finally {
      running.current = false;
      actionsUnderWay.count--;
      setBusy(false);
    }
  }

  return { busy, error, setError, run };
}
