import { useEffect, useRef } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { storiesApi } from "../../../stories/api.ts";
import { useConfirmedAction } from "../../../ui/useConfirmedAction.ts";

/** Deleting one's own comment, asked once more; its replies go with it (ST8). */
export function DeleteComment({ commentId, onDeleted }: { commentId: string; onDeleted: () => void }) {
  const { t } = useTranslation("stories");
  const action = useConfirmedAction(
    async () => {
      const r = await storiesApi.deleteComment(commentId);
      if (!r.ok) throw new Error(`stories delete comment: ${r.failure.kind}`);
    },
    { working: t("comments.deleting"), failed: t("comments.deleteFailed"), kept: t("comments.kept") },
    "Stories delete comment",
  );
  const { step, message } = action;
  const { confirmRef, startRef } = action.refs;

  // Once, however often the list around it renders before this comment leaves it.
  const told = useRef(false);
  useEffect(() => {
    if (step !== "done" || told.current) return;
    told.current = true;
    onDeleted();
  }, [step, onDeleted]);

  return (
    <div class="read-delete">
      {step === "idle" || step === "done" ? (
        <button ref={startRef} type="button" class="quiet" onClick={action.ask}>
          {t("comments.delete")}
        </button>
      ) : (
        <div class="card stack read-confirm">
          <p ref={confirmRef} tabIndex={-1}>
            {t("comments.deleteConfirm")}
          </p>
          <div class="row">
            <button type="button" class="danger" onClick={action.confirm} disabled={step === "busy"}>
              {t("comments.deleteYes")}
            </button>
            <button type="button" onClick={action.keep} disabled={step === "busy"}>
              {t("comments.keep")}
            </button>
          </div>
        </div>
      )}
      <div role="status">
        {message && <p class={message.error ? "error-message" : "hint"}>{message.text}</p>}
      </div>
    </div>
  );
}
