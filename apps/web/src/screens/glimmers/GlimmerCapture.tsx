import { LIMITS, type SenseId } from "@small-steps/core";
import { useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { createRecord, nowFields } from "../../store/records.ts";
import { SenseChips } from "./SenseChips.tsx";

interface Props {
  onSaved: (message: string) => void;
}

/** Two taps: a few words, then "Save glimmer". The sense is optional. */
export function GlimmerCapture({ onSaved }: Props) {
  const { t } = useTranslation("glimmers");
  const [text, setText] = useState("");
  const [sense, setSense] = useState<SenseId | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  // A guard, not a disabled button: disabling the focused button would drop keyboard focus.
  const saving = useRef(false);
  const field = useRef<HTMLInputElement>(null);

  async function save(e: Event) {
    e.preventDefault();
    if (saving.current) return;
    const trimmed = text.trim();
    if (!trimmed) {
      setError(t("capture.empty"));
      field.current?.focus();
      return;
    }
    if (trimmed.length > LIMITS.noteText) {
      setError(t("capture.tooLong", { max: LIMITS.noteText }));
      field.current?.focus();
      return;
    }
    saving.current = true;
    try {
      await createRecord("glimmer", { ...nowFields(), text: trimmed, ...(sense ? { sense } : {}) });
      setText("");
      setSense(undefined);
      setError(null);
      onSaved(t("capture.saved"));
    } catch (err) {
      console.error(err);
      setError(t("common:saveFailed"));
    } finally {
      saving.current = false;
    }
  }

  return (
    <form class="card stack" onSubmit={save} noValidate aria-labelledby="glimmer-capture-heading">
      <h2 id="glimmer-capture-heading">{t("capture.heading")}</h2>
      <div class="field">
        <label for="glimmer-text">{t("capture.label")}</label>
        <input
          ref={field}
          id="glimmer-text"
          type="text"
          autocomplete="off"
          value={text}
          placeholder={t("capture.placeholder")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "glimmer-error" : undefined}
          onInput={(e) => {
            setText(e.currentTarget.value);
            if (error) setError(null);
          }}
        />
        {error && (
          <p id="glimmer-error" class="error-message">
            {error}
          </p>
        )}
      </div>
      <SenseChips value={sense} onChange={setSense} />
      <div class="row">
        <button type="submit" class="primary">
          {t("capture.save")}
        </button>
      </div>
    </form>
  );
}
