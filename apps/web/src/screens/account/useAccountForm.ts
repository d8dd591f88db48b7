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

export type Checked<T, P = ScreenProblem> = { ok: true; value: T } | { ok: false; problem: P };

/**
 * The busy and error state every account and passkey form shares. `run` ignores a second submit
 * while the first is under way (the button stays focusable, marked aria-disabled, so focus is
 * never lost). `describe` puts a problem into words; `unexpected` is the problem shown when the
 * work throws.
 */
export function useProblemForm<P>(describe: (problem: P) => string, unexpected: P, area: string) {
  const [busy, setBusy] = useState(false);
  const [error, setErrorState] = useState<FormError | null>(null);
  const running = useRef(false);
  const count = useRef(0);

  const setError = (text: string | null) => setErrorState(text ? { text, n: ++count.current } : null);

  async function run<T>(
    work: () => Promise<Checked<T, P>>,
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
      else setError(describe(r.problem));
    } catch (err) {
      console.error(`${area}: an action failed`, err instanceof Error ? err.name : "");
      setError(describe(unexpected));
    } finally {
      running.current = false;
      actionsUnderWay.count--;
      setBusy(false);
    }
  }

  return { busy, error, setError, run };
}

/** An account form: problems in the account screen's words. */
export function useAccountForm() {
  const { t } = useTranslation("account");
  return useProblemForm<ScreenProblem>((problem) => problemText(t, problem), { kind: "crypto" }, "account");
}
