import { useTranslation } from "react-i18next";
import { storiesApi } from "../../../stories/api.ts";
import { useConfirmedAction } from "../../../ui/useConfirmedAction.ts";
import { ConfirmInline } from "../ConfirmInline.tsx";

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
  // No onDone: the list lets the story go as soon as the server has deleted it.
  return (
    <ConfirmInline
      action={action}
      class="stack story-delete"
      confirmClass="stack"
      question={t("delete.confirm", { title })}
      yes={t("delete.yes")}
      keep={t("delete.keep")}
    >
      <div>
        <button ref={action.refs.startRef} type="button" class="danger" onClick={action.ask}>
          {t("delete.button")}
          <span class="visually-hidden"> {t("mine.which", { title })}</span>
        </button>
      </div>
    </ConfirmInline>
  );
}
