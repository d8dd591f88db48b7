import { FEELINGS, type FeelingId } from "@small-steps/core";
import { useId } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { DEFAULT_INTENSITY } from "./draft.ts";

interface Props {
  feelings: Partial<Record<FeelingId, number>>;
  onChange: (feeling: FeelingId, intensity: number | undefined) => void;
}

/** Choose any feelings; each chosen one gets a gentle 0–10 slider, its value spoken in words. */
export function FeelingsFieldset({ feelings, onChange }: Props) {
  const { t } = useTranslation("today");
  const id = useId();
  const chosen = FEELINGS.filter((f) => feelings[f] !== undefined);
  return (
    <div class="stack">
      <fieldset class="choice-group" aria-describedby={`${id}-hint`}>
        <legend>{t("checkin.feelings.legend")}</legend>
        <p class="hint feelings-hint" id={`${id}-hint`}>
          {t("checkin.feelings.hint")}
        </p>
        {FEELINGS.map((f) => (
          <label key={f} class="choice">
            <input
              type="checkbox"
              checked={feelings[f] !== undefined}
              onChange={(e) => onChange(f, e.currentTarget.checked ? DEFAULT_INTENSITY : undefined)}
            />
            {t(`feeling.${f}`)}
          </label>
        ))}
      </fieldset>
      {chosen.length > 0 && (
        <div class="intensities stack">
          <p class="hint" id={`${id}-scale`}>
            {t("checkin.feelings.intensityHint")}
          </p>
          {chosen.map((f) => {
            const value = feelings[f] ?? DEFAULT_INTENSITY;
            const inputId = `${id}-${f}`;
            return (
              <div key={f} class="field intensity">
                <label for={inputId}>
                  {t("checkin.feelings.intensityLabel", { feeling: t(`feeling.${f}`) })}
                </label>
                <div class="row intensity-row">
                  <input
                    id={inputId}
                    type="range"
                    min={0}
                    max={10}
                    step={1}
                    value={value}
                    aria-valuetext={t("checkin.feelings.intensityValue", { value })}
                    aria-describedby={`${id}-scale`}
                    onInput={(e) => onChange(f, Number(e.currentTarget.value))}
                  />
                  <output for={inputId} aria-hidden="true" class="intensity-value">
                    {value}
                  </output>
                </div>
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
