import { useTranslation } from "react-i18next";
import { block, type CircleResult, leaveCircle, removeFromCircle } from "../../circle/engine.ts";
import { useConfirmedAction } from "../../ui/useConfirmedAction.ts";

export type EndKind = "remove" | "leave" | "block";

const ACTIONS: Record<EndKind, (peerId: string) => Promise<CircleResult<void>>> = {
  remove: removeFromCircle,
  leave: leaveCircle,
  block,
};

interface Props {
  kind: EndKind;
  peerId: string;
  name: string;
  /** Whether this step applies now (remove: they're in my circle; leave: I'm in theirs). */
  available: boolean;
  /** Called as the step begins, so the surrounding section stays to show how it went. */
  onStart: () => void;
}

/** Remove, leave or block: said plainly, asked once more, and nothing happens before the second yes. */
export function EndConnection({ kind, peerId, name, available, onStart }: Props) {
  const { t } = useTranslation("circle");
  const k = (key: string) => t(`boundaries.${kind}.${key}`, { name });
  const action = useConfirmedAction(
    async () => {
      onStart();
      const r = await ACTIONS[kind](peerId);
      // The problem's kind only: it says nothing about the person or what was written.
      if (!r.ok) throw new Error(`circle ${kind}: ${r.problem.kind}`);
    },
    { working: k("working"), failed: k("failed"), kept: k("kept") },
    `Circle ${kind}`,
  );
  const { step, message } = action;
  const { confirmRef, doneRef, startRef } = action.refs;
  if (!available && step !== "done" && !message) return null;

  return (
    <section class="stack circle-end" aria-labelledby={`circle-${kind}-heading`}>
      <h3 id={`circle-${kind}-heading`}>{k("heading")}</h3>
      {step === "done" ? (
        <p ref={doneRef} tabIndex={-1}>
          {k("done")}
        </p>
      ) : (
        <>
          <p>{k("intro")}</p>
          {step === "idle" ? (
            <div>
              <button
                ref={startRef}
                type="button"
                class={kind === "block" ? "danger" : undefined}
                onClick={action.ask}
              >
                {k("button")}
              </button>
            </div>
          ) : (
            <div class="stack circle-confirm">
              <p ref={confirmRef} tabIndex={-1}>
                {k("confirm")}
              </p>
              <div class="row">
                <button
                  type="button"
                  class={kind === "block" ? "danger" : undefined}
                  onClick={action.confirm}
                  disabled={step === "busy"}
                >
                  {k("yes")}
                </button>
                <button type="button" onClick={action.keep} disabled={step === "busy"}>
                  {t("boundaries.keep")}
                </button>
              </div>
            </div>
          )}
        </>
      )}
      <div role="status" aria-live="polite">
        {message && <p class={message.error ? "error-message" : "hint"}>{message.text}</p>}
      </div>
    </section>
  );
}
