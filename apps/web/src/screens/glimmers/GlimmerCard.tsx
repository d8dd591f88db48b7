import type { GlimmerRecord, SenseId } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { useEditingCard } from "../../drafts/useEditingCard.ts";
import { updateRecord } from "../../store/records.ts";
import { ShortTextForm } from "../../ui/ShortTextForm.tsx";
import { formatDay } from "./dates.ts";
import { senseChoice } from "./GlimmerCapture.tsx";

interface Props {
  glimmer: GlimmerRecord;
  onDelete: (glimmer: GlimmerRecord) => void;
  onUpdated: (message: string) => void;
}

/** One note in the jar: read it, change it, or take it out (with undo). */
export function GlimmerCard({ glimmer, onDelete, onUpdated }: Props) {
  const { t, i18n } = useTranslation("glimmers");
  // Focus follows the person: into the field when editing starts, back to Edit when it ends.
  const { editing, autoFocus, editButton, open, close } = useEditingCard(`glimmer:${glimmer.id}`);
  const textId = `glimmer-${glimmer.id}`;

  return (
    <li class="glimmer-note" data-id={glimmer.id} tabIndex={-1}>
      {editing ? (
        <ShortTextForm
          idPrefix={`edit-${glimmer.id}`}
          draftKey={`glimmer:${glimmer.id}`}
          autoFocus={autoFocus}
          initial={{ text: glimmer.text, choice: glimmer.sense ?? "" }}
          label={t("jar.editLabel")}
          emptyMessage={t("capture.empty")}
          tooLongMessage={(max) => t("capture.tooLong", { max })}
          submitLabel={t("jar.saveChanges")}
          cancelLabel={t("jar.cancel")}
          choice={senseChoice}
          onCancel={close}
          escapeCancels
          onSave={async (text, sense) => {
            await updateRecord("glimmer", glimmer.id, {
              text,
              sense: (sense || undefined) as SenseId | undefined,
            });
            close();
            onUpdated(t("jar.updated"));
          }}
        />
      ) : (
        <>
          <p id={textId} class="glimmer-text">
            {glimmer.text}
          </p>
          <p class="hint glimmer-meta">
            <span>{formatDay(glimmer.day, i18n.language)}</span>
            {glimmer.sense && <span>{t(`senseNote.${glimmer.sense}`)}</span>}
          </p>
          <div class="row">
            <button ref={editButton} type="button" aria-describedby={textId} onClick={open}>
              {t("jar.edit")}
            </button>
            <button type="button" class="danger" aria-describedby={textId} onClick={() => onDelete(glimmer)}>
              {t("jar.delete")}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
