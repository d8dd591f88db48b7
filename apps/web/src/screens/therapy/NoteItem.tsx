import type { TherapyNoteRecord } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { useEditingCard } from "../../drafts/useEditingCard.ts";
import { updateRecord } from "../../store/records.ts";
import { longDay } from "../../ui/dates.ts";
import { ShortTextForm } from "../../ui/ShortTextForm.tsx";

interface Props {
  note: TherapyNoteRecord;
  onDone: (note: TherapyNoteRecord) => void;
  onDelete: (note: TherapyNoteRecord) => void;
  onSaved: (message: string) => void;
}

/** One note still to bring: talk about it, change it, or take it away (with undo). */
export function NoteItem({ note, onDone, onDelete, onSaved }: Props) {
  const { t, i18n } = useTranslation("therapy");
  const { editing, autoFocus, editButton, open, close } = useEditingCard(`therapyNote:${note.id}`);
  const textId = `note-${note.id}`;

  return (
    <li class="card therapy-item" data-testid="therapy-note">
      {editing ? (
        <ShortTextForm
          idPrefix={`note-edit-${note.id}`}
          draftKey={`therapyNote:${note.id}`}
          rows={3}
          autoFocus={autoFocus}
          initial={{ text: note.text, choice: "" }}
          label={t("bring.editLabel")}
          emptyMessage={t("bring.emptyNote")}
          tooLongMessage={(max) => t("bring.tooLong", { max })}
          submitLabel={t("bring.save")}
          cancelLabel={t("bring.cancel")}
          onCancel={close}
          onSave={async (text) => {
            await updateRecord("therapyNote", note.id, { text });
            close();
            onSaved(t("bring.saved"));
          }}
        />
      ) : (
        <>
          <p id={textId} class="therapy-text">
            {note.text}
          </p>
          <p class="hint">{t("bring.addedOn", { date: longDay(note.day, i18n.language) })}</p>
          <div class="row">
            <button type="button" aria-describedby={textId} onClick={() => onDone(note)}>
              {t("bring.talkedAbout")}
            </button>
            <button ref={editButton} type="button" aria-describedby={textId} onClick={open}>
              {t("bring.edit")}
            </button>
            <button type="button" class="danger" aria-describedby={textId} onClick={() => onDelete(note)}>
              {t("bring.delete")}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
