import { useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { DEFAULT_LOCK_OPTIONS, type LockOptions } from "../../lock/config.ts";
import { enableLock } from "../../lock/lockState.ts";
import type { RewriteProgress } from "../../lock/rewrite.ts";
import { LockTimingFields } from "./LockTimingFields.tsx";
import { type NewPassphraseProblem, newPassphraseProblem } from "./newPassphrase.ts";
import { PassphraseField } from "./PassphraseField.tsx";

/** Choosing a passphrase and when to lock, then sealing what is already here, with progress. */
export function EnableLockForm() {
  const { t } = useTranslation("lock");
  const [passphrase, setPassphrase] = useState("");
  const [again, setAgain] = useState("");
  const [options, setOptions] = useState<LockOptions>(DEFAULT_LOCK_OPTIONS);
  const [problem, setProblem] = useState<NewPassphraseProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<RewriteProgress | null>(null);
  const [failed, setFailed] = useState(false);
  const newRef = useRef<HTMLInputElement>(null);
  const againRef = useRef<HTMLInputElement>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const found = newPassphraseProblem(passphrase, again);
    setProblem(found);
    setFailed(false);
    if (found) {
      (found.field === "new" ? newRef : againRef).current?.focus();
      return;
    }
    setBusy(true);
    try {
      await enableLock(passphrase, options, setProgress);
      // The screen now shows the lock as on, and moves focus there itself.
    } catch (error) {
      console.error("app lock: turning on failed", error);
      setFailed(true);
      setBusy(false);
    }
  }

  const error = (field: NewPassphraseProblem["field"]) =>
    problem?.field === field ? t(`settings.${problem.key}`) : null;
  return (
    <form class="card stack" onSubmit={submit} noValidate aria-labelledby="lock-on-h">
      <h2 id="lock-on-h">{t("settings.turnOn")}</h2>
      <PassphraseField
        id="lock-new"
        label={t("settings.passphrase")}
        hint={t("settings.passphraseHint")}
        value={passphrase}
        onInput={setPassphrase}
        autocomplete="new-password"
        error={error("new")}
        inputRef={newRef}
        disabled={busy}
      />
      <PassphraseField
        id="lock-again"
        label={t("settings.confirm")}
        value={again}
        onInput={setAgain}
        autocomplete="new-password"
        error={error("confirm")}
        inputRef={againRef}
        disabled={busy}
      />
      <LockTimingFields name="lock-on" value={options} onChange={setOptions} />
      <p class="hint">{t("settings.forget")}</p>
      <div>
        <button type="submit" class="primary" disabled={busy}>
          {t("settings.turnOn")}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {busy && (
          <p>
            {progress
              ? t("settings.turningOn", { done: progress.done, total: progress.total })
              : t("settings.working")}
          </p>
        )}
        {failed && <p class="error-message">{t("settings.failed")}</p>}
      </div>
    </form>
  );
}
