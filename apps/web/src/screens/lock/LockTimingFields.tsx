import { useTranslation } from "react-i18next";
import { IDLE_CHOICES, type LockOptions } from "../../lock/config.ts";

/** When to lock: after a quiet while (or only on closing), and whether on switching away. */
export function LockTimingFields({
  value,
  onChange,
  name,
}: {
  value: LockOptions;
  onChange: (next: LockOptions) => void;
  name: string;
}) {
  const { t } = useTranslation("lock");
  return (
    <>
      <fieldset class="choice-group">
        <legend>{t("settings.idle.legend")}</legend>
        {IDLE_CHOICES.map((idle) => (
          <label key={idle} class="choice">
            <input
              type="radio"
              name={`${name}-idle`}
              value={idle}
              checked={value.idle === idle}
              onChange={() => onChange({ ...value, idle })}
            />
            <span>{t(`settings.idle.${idle}`)}</span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label class="choice">
          <input
            type="checkbox"
            checked={value.lockOnHide}
            onChange={(e) => onChange({ ...value, lockOnHide: e.currentTarget.checked })}
            aria-describedby={`${name}-hide-hint`}
          />
          <span>{t("settings.onHide")}</span>
        </label>
        <p id={`${name}-hide-hint`} class="hint">
          {t("settings.onHideHint")}
        </p>
      </div>
    </>
  );
}
