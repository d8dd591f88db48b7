import { LIMITS, type TherapyNoteRecord } from "@small-steps/core";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { updateRecord } from "../../store/records.ts";
import { longDay } from "../../ui/dates.ts";

interface Props {
  note: TherapyNoteRecord;
  onDone: (note: TherapyNoteRecord) => void;
  onDelete: (note: TherapyNoteRecord) => void;
  onSaved: (message: string) => void;
}

/** One note still to bring: talk about it, change it, or take it away (with undo). */
export function NoteItem({ note, onDone, onDelete, onSaved }: Props) {
  const { t, i18n } = useTranslation("therapy");
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const textId = `note-${note.id}`;

  // Focus follows the person: back to Edit when editing ends.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <li class="card therapy-item" data-testid="therapy-note">
      {editing ? (
        <NoteEdit
          note={note}
          onClose={(saved) => {
            setEditing(false);
            if (saved) onSaved(t("bring.saved"));
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
            <button ref={editButton} type="button" aria-describedby={textId} onClick={() => setEditing(true)}>
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

function NoteEdit({ note, onClose }: { note: TherapyNoteRecord; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation("therapy");
  const [text, setText] = useState(note.text);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const saving = useRef(false);
  const fieldId = `note-edit-${note.id}`;
  const errorId = `note-edit-error-${note.id}`;

  useEffect(() => field.current?.focus(), []);

  async function save(e: Event) {
    e.preventDefault();
    if (saving.current) return;
    const trimmed = text.trim();
    const problem = !trimmed
      ? t("bring.emptyNote")
      : trimmed.length > LIMITS.noteText
        ? t("bring.tooLong", { max: LIMITS.noteText })
        : null;
    if (problem) {
      setError(problem);
      field.current?.focus();
      return;
    }
    saving.current = true;
    try {
      await updateRecord("therapyNote", note.id, { text: trimmed });
      onClose(true);
    } catch (err) {
      console.error(err);
      setError(t("common:saveFailed"));
    } finally {
      saving.current = false;
    }
  }

  return (
    <form class="stack" onSubmit={save} noValidate>
      <div class="field">
        <label for={fieldId}>{t("bring.editLabel")}</label>
        <textarea
          ref={field}
          id={fieldId}
          rows={3}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (error) setError(null);
          }}
        />
        {error && (
          <p id={errorId} class="error-message">
            {error}
          </p>
        )}
      </div>
      <div class="row">
        <button type="submit" class="primary">
          {t("bring.save")}
        </button>
        <button type="button" onClick={() => onClose(false)}>
          {t("bring.cancel")}
        </button>
      </div>
    </form>
  );
}
