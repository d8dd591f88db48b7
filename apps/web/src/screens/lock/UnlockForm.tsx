import { useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { unlock } from "../../lock/lockState.ts";
import { PassphraseField } from "./PassphraseField.tsx";

type State = "idle" | "busy" | "empty" | "wrong" | "damaged" | "failed";

/**
 * The passphrase and "Unlock". A wrong passphrase gets a calm word and another try, as many as
 * it takes: there is no lockout, since a lockout could stand between someone and their own
 * safety plan. Guessing stays slow anyway — every try costs a full Argon2id run.
 */
export function UnlockForm({ id = "unlock" }: { id?: string }) {
  const { t } = useTranslation("lock");
  const [value, setValue] = useState("");
  const [state, setState] = useState<State>("idle");
  const inputRef = useRef<HTMLInputElement>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (state === "busy") return;
    if (value === "") {
      setState("empty");
      inputRef.current?.focus();
      return;
    }
    setState("busy");
    let result: Awaited<ReturnType<typeof unlock>> | "failed";
    try {
      result = await unlock(value);
    } catch (error) {
      console.error("app lock: unlocking failed", error);
      result = "failed";
    }
    if (result === "ok") {
      // The screen behind the lock takes this one's place; focus goes to its content.
      requestAnimationFrame(() => document.getElementById("main")?.focus());
      return;
    }
    setState(result);
    inputRef.current?.focus();
    inputRef.current?.select();
  }

  const error = state === "empty" || state === "wrong" || state === "damaged" ? t(`form.${state}`) : null;
  return (
    <form class="stack lock-form" onSubmit={submit} noValidate>
      <PassphraseField
        id={id}
        label={t("form.label")}
        value={value}
        onInput={(v) => {
          setValue(v);
          if (state !== "busy") setState("idle");
        }}
        autocomplete="current-password"
        error={error}
        inputRef={inputRef}
      />
      <div>
        <button type="submit" class="primary" aria-disabled={state === "busy" ? true : undefined}>
          {t("form.submit")}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {state === "busy" && <p>{t("form.working")}</p>}
        {state === "failed" && <p class="error-message">{t("form.failed")}</p>}
      </div>
    </form>
  );
}
