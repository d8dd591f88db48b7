import { useTranslation } from "react-i18next";
import { storiesApi } from "../../../stories/api.ts";
import { useConfirmedAction } from "../../../ui/useConfirmedAction.ts";
import { ConfirmInline } from "../ConfirmInline.tsx";

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
  return (
    <ConfirmInline
      action={action}
      class="read-delete"
      confirmClass="card stack read-confirm"
      question={t("comments.deleteConfirm")}
      yes={t("comments.deleteYes")}
      keep={t("comments.keep")}
      onDone={onDeleted}
    >
      <button ref={action.refs.startRef} type="button" class="quiet" onClick={action.ask}>
        {t("comments.delete")}
      </button>
    </ConfirmInline>
  );
}
