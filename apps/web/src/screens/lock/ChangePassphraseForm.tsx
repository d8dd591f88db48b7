import { useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { changePassphrase } from "../../lock/lockState.ts";
import { type NewPassphraseProblem, newPassphraseProblem } from "./newPassphrase.ts";
import { PassphraseField } from "./PassphraseField.tsx";

type Problem = NewPassphraseProblem | { field: "current"; key: "empty" | "wrong" };

/** A new passphrase re-wraps the same key: quick, and nothing stored is rewritten. */
export function ChangePassphraseForm() {
  const { t } = useTranslation("lock");
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [again, setAgain] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [state, setState] = useState<"idle" | "busy" | "done" | "failed">("idle");
  const refs = {
    current: useRef<HTMLInputElement>(null),
    new: useRef<HTMLInputElement>(null),
    confirm: useRef<HTMLInputElement>(null),
  };

  function show(found: Problem) {
    setProblem(found);
    setState("idle");
    refs[found.field].current?.focus();
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (state === "busy") return;
    if (current === "") return show({ field: "current", key: "empty" });
    const found = newPassphraseProblem(next, again);
    if (found) return show(found);
    setProblem(null);
    setState("busy");
    try {
      if ((await changePassphrase(current, next)) === "wrong")
        return show({ field: "current", key: "wrong" });
      setCurrent("");
      setNext("");
      setAgain("");
      setState("done");
    } catch (error) {
      console.error("app lock: changing the passphrase failed", error);
      setState("failed");
    }
  }

  const error = (field: Problem["field"]) => (problem?.field === field ? t(`settings.${problem.key}`) : null);
  const busy = state === "busy";
  return (
    <form class="card stack" onSubmit={submit} noValidate aria-labelledby="lock-change-h">
      <h2 id="lock-change-h">{t("settings.change.heading")}</h2>
      <PassphraseField
        id="lock-change-current"
        label={t("settings.change.current")}
        value={current}
        onInput={setCurrent}
        autocomplete="current-password"
        error={error("current")}
        inputRef={refs.current}
        disabled={busy}
      />
      <PassphraseField
        id="lock-change-new"
        label={t("settings.change.new")}
        hint={t("settings.passphraseHint")}
        value={next}
        onInput={setNext}
        autocomplete="new-password"
        error={error("new")}
        inputRef={refs.new}
        disabled={busy}
      />
      <PassphraseField
        id="lock-change-again"
        label={t("settings.change.confirm")}
        value={again}
        onInput={setAgain}
        autocomplete="new-password"
        error={error("confirm")}
        inputRef={refs.confirm}
        disabled={busy}
      />
      <div>
        <button type="submit" disabled={busy}>
          {t("settings.change.submit")}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {busy && <p>{t("settings.working")}</p>}
        {state === "done" && <p>{t("settings.change.done")}</p>}
        {state === "failed" && <p class="error-message">{t("settings.failed")}</p>}
      </div>
    </form>
  );
}
