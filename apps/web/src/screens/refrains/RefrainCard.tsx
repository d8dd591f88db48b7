import type { RefrainRecord } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { useEditingCard } from "../../drafts/useEditingCard.ts";
import { updateRecord } from "../../store/records.ts";
import { type RefrainDraft, RefrainForm } from "./RefrainForm.tsx";

interface Props {
  refrain: RefrainRecord;
  onDelete: (refrain: RefrainRecord) => void;
  onStatus: (message: string) => void;
}

export const toFields = (d: RefrainDraft) => ({
  oldScript: d.oldScript.trim(),
  protected: d.protected.trim() || undefined,
  newRefrain: d.newRefrain.trim(),
});

export function RefrainCard({ refrain, onDelete, onStatus }: Props) {
  const { t } = useTranslation("refrains");
  const { editing, autoFocus, editButton, open, close } = useEditingCard(`refrain:${refrain.id}`);
  const refrainId = `refrain-${refrain.id}`;

  if (editing) {
    return (
      <li class="card stack refrain">
        <h3>{t("list.editHeading")}</h3>
        <RefrainForm
          idPrefix={`edit-${refrain.id}`}
          draftKey={`refrain:${refrain.id}`}
          autoFocus={autoFocus}
          initial={{
            oldScript: refrain.oldScript,
            protected: refrain.protected ?? "",
            newRefrain: refrain.newRefrain,
          }}
          submitLabel={t("list.saveChanges")}
          onCancel={close}
          onSubmit={async (draft) => {
            await updateRecord("refrain", refrain.id, toFields(draft));
            close();
            onStatus(t("list.updated"));
            return true;
          }}
        />
      </li>
    );
  }

  return (
    <li class="card refrain">
      <dl class="refrain-parts">
        {refrain.oldScript && (
          <div>
            <dt>{t("list.oldScript")}</dt>
            <dd class="refrain-old">{refrain.oldScript}</dd>
          </div>
        )}
        {refrain.protected && (
          <div>
            <dt>{t("list.protected")}</dt>
            <dd>{refrain.protected}</dd>
          </div>
        )}
        <div>
          <dt>{t("list.newRefrain")}</dt>
          <dd id={refrainId} class="refrain-new">
            {refrain.newRefrain}
          </dd>
        </div>
      </dl>
      <div class="row">
        <button
          type="button"
          aria-pressed={refrain.favourite}
          aria-describedby={refrainId}
          onClick={async () => {
            const favourite = !refrain.favourite;
            await updateRecord("refrain", refrain.id, { favourite });
            onStatus(favourite ? t("list.favouriteOn") : t("list.favouriteOff"));
          }}
        >
          <span class="pressed-mark" aria-hidden="true" />
          {t("list.favourite")}
        </button>
        <button ref={editButton} type="button" aria-describedby={refrainId} onClick={open}>
          {t("list.edit")}
        </button>
        <button type="button" class="danger" aria-describedby={refrainId} onClick={() => onDelete(refrain)}>
          {t("list.delete")}
        </button>
      </div>
    </li>
  );
}
