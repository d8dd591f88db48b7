import type { RefObject } from "preact";

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** "current-password" to open, "new-password" when choosing one: password managers follow. */
  autocomplete: "current-password" | "new-password";
  hint?: string;
  error?: string | null;
  inputRef?: RefObject<HTMLInputElement>;
  disabled?: boolean;
}

/** A labelled passphrase input; its hint and any problem are read with it. */
export function PassphraseField({
  id,
  label,
  value,
  onInput,
  autocomplete,
  hint,
  error,
  inputRef,
  disabled,
}: Props) {
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        ref={inputRef}
        type="password"
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        autocomplete={autocomplete}
        autocapitalize="off"
        spellcheck={false}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {/* Always present, so a problem that appears is read out (politely: no alarm). */}
      <div aria-live="polite">
        {error && (
          <p id={`${id}-error`} class="error-message">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
