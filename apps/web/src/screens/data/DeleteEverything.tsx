import { exportFileName, localDayKey } from "@small-steps/core";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { DEFAULT_SETTINGS, type Settings } from "../../settings/settings.ts";
import { updateSettings } from "../../settings/useSettings.ts";
import { deleteEverything, KEEP_SETTINGS } from "../../store/deleteEverything.ts";
import { exportAll } from "../../store/exportImport.ts";
import { download } from "./makeExport.ts";

type Step = "idle" | "confirm" | "busy" | "done";

/** Settings that could say something about the person go back to how a new device starts. */
const RESET_SETTINGS = Object.fromEntries(
  Object.entries(DEFAULT_SETTINGS).filter(([key]) => !KEEP_SETTINGS.has(key)),
) as Partial<Settings>;

/**
 * "Delete everything on this device": what goes is said first, a copy is offered, and nothing
 * happens until a second, explicit "Yes, delete everything".
 */
export function DeleteEverything() {
  const { t } = useTranslation("data");
  const [step, setStep] = useState<Step>("idle");
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // Focus follows the conversation: to the question, to the outcome, or back to where it began.
  useEffect(() => {
    if (step === "confirm") confirmRef.current?.focus();
    if (step === "done") doneRef.current?.focus();
    if (step === "idle" && returnFocus.current) {
      returnFocus.current = false;
      startRef.current?.focus();
    }
  }, [step]);

  async function onCopy() {
    try {
      const now = new Date();
      const name = exportFileName(localDayKey(now));
      download(await exportAll(undefined, now), name, "application/json");
      setMessage({ text: t("export.done", { name }) });
    } catch (error) {
      console.error("Export failed.", error);
      setMessage({ error: true, text: t("export.failed") });
    }
  }

  async function onDelete() {
    setStep("busy");
    setMessage({ text: t("delete.working") });
    try {
      await deleteEverything();
      updateSettings(RESET_SETTINGS);
      setMessage(null);
      setStep("done");
    } catch (error) {
      console.error("Delete everything failed; nothing was deleted.", error);
      returnFocus.current = true;
      setMessage({ error: true, text: t("delete.failed") });
      setStep("idle");
    }
  }

  return (
    <section class="card stack delete-everything" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t("delete.heading")}</h2>
      {step === "done" ? (
        <div class="stack">
          <p ref={doneRef} tabIndex={-1} class="delete-done">
            {t("delete.done")}
          </p>
          <p>
            <a href="/">{t("delete.toToday")}</a>
          </p>
        </div>
      ) : (
        <>
          <p>{t("delete.explain")}</p>
          <p>{t("delete.settings")}</p>
          <p>{t("delete.copyFirst")}</p>
          <div>
            <button type="button" onClick={onCopy} disabled={step === "busy"}>
              {t("delete.copyButton")}
            </button>
          </div>
          {step === "idle" ? (
            <div>
              <button ref={startRef} type="button" class="danger" onClick={() => setStep("confirm")}>
                {t("delete.start")}
              </button>
            </div>
          ) : (
            <div class="import-confirm stack">
              <p ref={confirmRef} tabIndex={-1}>
                {t("delete.confirm")}
              </p>
              <div class="row">
                <button type="button" class="danger" onClick={onDelete} disabled={step === "busy"}>
                  {t("delete.yes")}
                </button>
                <button
                  type="button"
                  disabled={step === "busy"}
                  onClick={() => {
                    returnFocus.current = true;
                    setMessage({ text: t("delete.kept") });
                    setStep("idle");
                  }}
                >
                  {t("delete.keep")}
                </button>
              </div>
            </div>
          )}
        </>
      )}
      <div role="status" aria-live="polite" class="your-data-status">
        {message && <p class={message.error ? "error-message" : undefined}>{message.text}</p>}
      </div>
    </section>
  );
}
