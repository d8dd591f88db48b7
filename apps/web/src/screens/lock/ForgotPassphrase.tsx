import { useLocation } from "preact-iso";
import { useTranslation } from "react-i18next";
import { forgetLockAndClear, settleForgotten } from "../../lock/lockState.ts";
import { resetPersonalSettings } from "../../settings/resetPersonal.ts";
import { deleteEverything } from "../../store/deleteEverything.ts";
import { useConfirmedAction } from "../../ui/useConfirmedAction.ts";

/**
 * A forgotten passphrase, said plainly: what is here cannot be opened without it. What can be
 * done — start again on this device, and sign in to bring synced things back — with a second,
 * explicit yes before anything is removed.
 */
export function ForgotPassphrase() {
  const { t } = useTranslation("lock");
  const { route } = useLocation();
  const action = useConfirmedAction(
    async () => {
      await forgetLockAndClear();
      await deleteEverything();
      resetPersonalSettings();
    },
    { working: t("forgot.working"), failed: t("forgot.failed"), kept: t("forgot.kept") },
    "app lock: starting again",
  );
  const { step, message } = action;
  const { confirmRef, doneRef, startRef } = action.refs;

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
                <button ref={startRef} type="button" class="danger" onClick={action.ask}>
                  {t("forgot.start")}
                </button>
              </div>
            ) : (
              <div class="stack">
                <p ref={confirmRef} tabIndex={-1}>
                  {t("forgot.confirm")}
                </p>
                <div class="row">
                  <button type="button" class="danger" onClick={action.confirm} disabled={step === "busy"}>
                    {t("forgot.yes")}
                  </button>
                  <button type="button" disabled={step === "busy"} onClick={action.keep}>
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
