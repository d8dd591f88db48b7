import { useEffect, useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { useTranslation } from "react-i18next";
import { forgetLockAndClear, settleForgotten } from "../../lock/lockState.ts";
import { DEFAULT_SETTINGS, type Settings } from "../../settings/settings.ts";
import { updateSettings } from "../../settings/useSettings.ts";
import { deleteEverything, KEEP_SETTINGS } from "../../store/deleteEverything.ts";

type Step = "idle" | "confirm" | "busy" | "done";

/** As "Delete everything" does: settings that say something about the person start afresh. */
const RESET_SETTINGS = Object.fromEntries(
  Object.entries(DEFAULT_SETTINGS).filter(([key]) => !KEEP_SETTINGS.has(key)),
) as Partial<Settings>;

/**
 * A forgotten passphrase, said plainly: what is here cannot be opened without it. What can be
 * done — start again on this device, and sign in to bring synced things back — with a second,
 * explicit yes before anything is removed.
 */
export function ForgotPassphrase() {
  const { t } = useTranslation("lock");
  const { route } = useLocation();
  const [step, setStep] = useState<Step>("idle");
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (step === "confirm") confirmRef.current?.focus();
    if (step === "done") doneRef.current?.focus();
    if (step === "idle" && returnFocus.current) {
      returnFocus.current = false;
      startRef.current?.focus();
    }
  }, [step]);

  async function remove() {
    setStep("busy");
    setMessage({ text: t("forgot.working") });
    try {
      await forgetLockAndClear();
      await deleteEverything();
      updateSettings(RESET_SETTINGS);
      setMessage(null);
      setStep("done");
    } catch (error) {
      console.error("app lock: starting again failed", error);
      returnFocus.current = true;
      setMessage({ error: true, text: t("forgot.failed") });
      setStep("idle");
    }
  }

  return (
    <details class="card lock-forgot">
      <summary>{t("forgot.summary")}</summary>
      <div class="stack">
        {step === "done" ? (
          <>
            <p ref={doneRef} tabIndex={-1}>
              {t("forgot.done")}
            </p>
            <div>
              <button
                type="button"
                class="primary"
                onClick={() => {
                  settleForgotten();
                  route("/");
                }}
              >
                {t("forgot.toToday")}
              </button>
            </div>
          </>
        ) : (
          <>
            <p>{t("forgot.explain")}</p>
            <p>{t("forgot.account")}</p>
            {step === "idle" ? (
              <div>
                <button ref={startRef} type="button" class="danger" onClick={() => setStep("confirm")}>
                  {t("forgot.start")}
                </button>
              </div>
            ) : (
              <div class="stack">
                <p ref={confirmRef} tabIndex={-1}>
                  {t("forgot.confirm")}
                </p>
                <div class="row">
                  <button type="button" class="danger" onClick={remove} disabled={step === "busy"}>
                    {t("forgot.yes")}
                  </button>
                  <button
                    type="button"
                    disabled={step === "busy"}
                    onClick={() => {
                      returnFocus.current = true;
                      setMessage({ text: t("forgot.kept") });
                      setStep("idle");
                    }}
                  >
                    {t("forgot.keep")}
                  </button>
                </div>
              </div>
            )}
          </>
        )}
        <div role="status" aria-live="polite">
          {message && <p class={message.error ? "error-message" : undefined}>{message.text}</p>}
        </div>
      </div>
    </details>
  );
}
