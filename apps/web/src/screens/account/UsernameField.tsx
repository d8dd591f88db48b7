import { useTranslation } from "react-i18next";

/** The username input; `hint` only when choosing one. */
export function UsernameField({
  value,
  onValue,
  withHint = false,
}: {
  value: string;
  onValue: (value: string) => void;
  withHint?: boolean;
}) {
  const { t } = useTranslation("account");
  return (
    <div class="field">
      <label for="account-username">{t("fields.username")}</label>
      {withHint && (
        <p id="account-username-hint" class="hint">
          {t("fields.usernameHint")}
        </p>
      )}
      <input
        id="account-username"
        name="username"
        type="text"
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
        autoComplete="username"
        autoCapitalize="none"
        autoCorrect="off"
        spellcheck={false}
        required
        maxLength={200}
        aria-describedby={withHint ? "account-username-hint" : undefined}
      />
    </div>
  );
}
