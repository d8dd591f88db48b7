import { LIMITS } from "@small-steps/core";
import { useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { createRecord, nowFields } from "../../store/records.ts";

interface Props {
  onAdded: (message: string) => void;
}

/** A few words to bring to the next session; the field empties only once the note is saved. */
export function NoteForm({ onAdded }: Props) {
  const { t } = useTranslation("therapy");
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  // A guard, not a disabled button: disabling the focused button would drop keyboard focus.
  const saving = useRef(false);
  const field = useRef<HTMLTextAreaElement>(null);

  async function add(e: Event) {
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
      await createRecord("therapyNote", { ...nowFields(), text: trimmed, done: false });
      setText("");
      setError(null);
      onAdded(t("bring.added"));
    } catch (err) {
      console.error(err);
      setError(t("common:saveFailed"));
    } finally {
      saving.current = false;
    }
  }

  return (
    <form class="stack therapy-note-form" onSubmit={add} noValidate>
      <div class="field">
        <label for="therapy-note">{t("bring.label")}</label>
        <textarea
          ref={field}
          id="therapy-note"
          rows={3}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "therapy-note-error" : undefined}
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (error) setError(null);
          }}
        />
        {error && (
          <p id="therapy-note-error" class="error-message">
            {error}
          </p>
        )}
      </div>
      <div class="row">
        <button type="submit" class="primary">
          {t("bring.add")}
        </button>
      </div>
    </form>
  );
}
