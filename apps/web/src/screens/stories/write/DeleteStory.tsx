import { useTranslation } from "react-i18next";
import { storiesApi } from "../../../stories/api.ts";
import { useConfirmedAction } from "../../../ui/useConfirmedAction.ts";

interface Props {
  id: string;
  title: string;
  /** Called once the server has deleted it; the list lets it go and says so. */
  onDeleted: () => void;
}

/** Delete, asked once more, saying plainly that hearts and comments go with it (ST3). */
export function DeleteStory({ id, title, onDeleted }: Props) {
  const { t } = useTranslation("storiesWrite");
  const action = useConfirmedAction(
    async () => {
      const r = await storiesApi.remove(id);
      // The failure's kind only: never the story's words.
      if (!r.ok) throw new Error(`story delete: ${r.failure.kind}`);
      onDeleted();
    },
    { working: t("delete.working"), failed: t("delete.failed"), kept: t("delete.kept") },
    "Story delete",
  );
  const { step, message } = action;
  const { confirmRef, startRef } = action.refs;

  return (
    <div class="stack story-delete">
      {step === "idle" ? (
        <div>
          <button ref={startRef} type="button" class="danger" onClick={action.ask}>
            {t("delete.button")}
            <span class="visually-hidden"> {t("mine.which", { title })}</span>
          </button>
        </div>
      ) : (
        <div class="stack">
          <p ref={confirmRef} tabIndex={-1}>
            {t("delete.confirm", { title })}
          </p>
          <div class="row">
            <button type="button" class="danger" onClick={action.confirm} disabled={step !== "confirm"}>
              {t("delete.yes")}
            </button>
            <button type="button" onClick={action.keep} disabled={step !== "confirm"}>
              {t("delete.keep")}
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
