import { type GlimmerRecord, LIMITS, type SenseId } from "@small-steps/core";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { updateRecord } from "../../store/records.ts";
import { formatDay } from "./dates.ts";
import { SenseChips } from "./SenseChips.tsx";

interface Props {
  glimmer: GlimmerRecord;
  onDelete: (glimmer: GlimmerRecord) => void;
  onUpdated: (message: string) => void;
}

/** One note in the jar: read it, change it, or take it out (with undo). */
export function GlimmerCard({ glimmer, onDelete, onUpdated }: Props) {
  const { t, i18n } = useTranslation("glimmers");
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const textId = `glimmer-${glimmer.id}`;
  const wasEditing = useRef(false);

  // Focus follows the person: into the field when editing starts, back to Edit when it ends.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <li class="glimmer-note" data-id={glimmer.id} tabIndex={-1}>
      {editing ? (
        <GlimmerEdit
          glimmer={glimmer}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onUpdated(t("jar.updated"));
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
            <button ref={editButton} type="button" aria-describedby={textId} onClick={() => setEditing(true)}>
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

function GlimmerEdit({ glimmer, onDone }: { glimmer: GlimmerRecord; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation("glimmers");
  const [text, setText] = useState(glimmer.text);
  const [sense, setSense] = useState<SenseId | undefined>(glimmer.sense);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const fieldId = `edit-${glimmer.id}`;
  const errorId = `edit-error-${glimmer.id}`;

  useEffect(() => field.current?.focus(), []);

  async function save(e: Event) {
    e.preventDefault();
    const trimmed = text.trim();
    const problem = !trimmed
      ? t("capture.empty")
      : trimmed.length > LIMITS.noteText
        ? t("capture.tooLong", { max: LIMITS.noteText })
        : null;
    if (problem) {
      setError(problem);
      field.current?.focus();
      return;
    }
    try {
      await updateRecord("glimmer", glimmer.id, { text: trimmed, sense });
      onDone(true);
    } catch (err) {
      console.error(err);
      setError(t("common:saveFailed"));
    }
  }

  return (
    <form class="stack" onSubmit={save} noValidate>
      <div class="field">
        <label for={fieldId}>{t("jar.editLabel")}</label>
        <input
          ref={field}
          id={fieldId}
          type="text"
          autocomplete="off"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (error) setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape") onDone(false);
          }}
        />
        {error && (
          <p id={errorId} class="error-message">
            {error}
          </p>
        )}
      </div>
      <SenseChips value={sense} onChange={setSense} />
      <div class="row">
        <button type="submit" class="primary">
          {t("jar.saveChanges")}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {t("jar.cancel")}
        </button>
      </div>
    </form>
  );
}
