import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";

interface Props {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  autoComplete: "new-password" | "current-password";
  hint?: string;
}

/**
 * A password input with a show/hide toggle (a typo in a password nobody can reset is costly,
 * so seeing it helps). No maxlength: an over-long password is explained, not silently cut.
 */
export function PasswordField({ id, label, value, onValue, autoComplete, hint }: Props) {
  const { t } = useTranslation("account");
  const [shown, setShown] = useState(false);
  const hintId = `${id}-hint`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      <div class="password-field">
        <input
          id={id}
          name={id}
          type={shown ? "text" : "password"}
          value={value}
          onInput={(e) => onValue(e.currentTarget.value)}
          autoComplete={autoComplete}
          autoCapitalize="none"
          autoCorrect="off"
          spellcheck={false}
          required
          aria-describedby={hint ? hintId : undefined}
        />
        <button type="button" aria-pressed={shown} aria-controls={id} onClick={() => setShown((s) => !s)}>
          {t("fields.showPassword")}
        </button>
      </div>
    </div>
  );
}
