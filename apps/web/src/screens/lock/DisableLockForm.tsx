import { useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { disableLock } from "../../lock/lockState.ts";
import type { RewriteProgress } from "../../lock/rewrite.ts";
import { PassphraseField } from "./PassphraseField.tsx";

/** Turning the lock off asks for the passphrase, then opens every row back, with progress. */
export function DisableLockForm() {
  const { t } = useTranslation("lock");
  const [current, setCurrent] = useState("");
  const [problem, setProblem] = useState<"empty" | "wrong" | null>(null);
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  const [progress, setProgress] = useState<RewriteProgress | null>(null);
  const ref = useRef<HTMLInputElement>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (state === "busy") return;
    if (current === "") {
      setProblem("empty");
      ref.current?.focus();
      return;
    }
    setProblem(null);
    setState("busy");
    try {
      if ((await disableLock(current, setProgress)) === "wrong") {
        setProblem("wrong");
        setState("idle");
        ref.current?.focus();
      }
      // Otherwise the screen now shows the lock as off, and moves focus there itself.
    } catch (error) {
      console.error("app lock: turning off failed", error);
      setState("failed");
    }
  }

  const busy = state === "busy";
  return (
    <form class="card stack" onSubmit={submit} noValidate aria-labelledby="lock-off-h">
      <h2 id="lock-off-h">{t("settings.off.heading")}</h2>
      <p>{t("settings.off.explain")}</p>
      <PassphraseField
        id="lock-off-current"
        label={t("settings.off.current")}
        value={current}
        onInput={setCurrent}
        autocomplete="current-password"
        error={problem ? t(`settings.${problem}`) : null}
        inputRef={ref}
        disabled={busy}
      />
      <div>
        <button type="submit" class="danger" disabled={busy}>
          {t("settings.off.submit")}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {busy && (
          <p>
            {progress
              ? t("settings.off.working", { done: progress.done, total: progress.total })
              : t("settings.working")}
          </p>
        )}
        {state === "failed" && <p class="error-message">{t("settings.failed")}</p>}
      </div>
    </form>
  );
}
