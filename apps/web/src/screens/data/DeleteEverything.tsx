import { exportFileName, localDayKey } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { resetPersonalSettings } from "../../settings/resetPersonal.ts";
import { deleteEverything } from "../../store/deleteEverything.ts";
import { exportAll } from "../../store/exportImport.ts";
import { useConfirmedAction } from "../../ui/useConfirmedAction.ts";
import { download } from "./makeExport.ts";

/**
 * "Delete everything on this device": what goes is said first, a copy is offered, and nothing
 * happens until a second, explicit "Yes, delete everything".
 */
export function DeleteEverything() {
  const { t } = useTranslation("data");
  const action = useConfirmedAction(
    async () => {
      await deleteEverything();
      resetPersonalSettings();
    },
    { working: t("delete.working"), failed: t("delete.failed"), kept: t("delete.kept") },
    "Delete everything",
  );
  const { step, message, setMessage } = action;
  const { confirmRef, doneRef, startRef } = action.refs;

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
              <button ref={startRef} type="button" class="danger" onClick={action.ask}>
                {t("delete.start")}
              </button>
            </div>
          ) : (
            <div class="import-confirm stack">
              <p ref={confirmRef} tabIndex={-1}>
                {t("delete.confirm")}
              </p>
              <div class="row">
                <button type="button" class="danger" onClick={action.confirm} disabled={step === "busy"}>
                  {t("delete.yes")}
                </button>
                <button type="button" disabled={step === "busy"} onClick={action.keep}>
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
