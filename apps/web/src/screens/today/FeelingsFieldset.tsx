import { FEELINGS, type FeelingId } from "@small-steps/core";
import { useId } from "preact/hooks";
import { useTranslation } from "react-i18next";

interface Props {
  /** A number once rated; `null` while ticked but not rated. */
  feelings: Partial<Record<FeelingId, number | null>>;
  onChange: (feeling: FeelingId, intensity: number | null | undefined) => void;
}

/**
 * Where an unrated slider rests. A native range always has a value, so the thumb is hidden
 * (CSS, `.unrated`) and the words say "not rated yet" until the person moves it: the screen
 * never shows a number they did not give.
 */
const RESTING = 5;

/**
 * Choose any feelings; each chosen one gets a gentle 0–10 slider, its value spoken in words.
 * Ticking a feeling is enough: rating how strong it is stays optional.
 */
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
              onChange={(e) => onChange(f, e.currentTarget.checked ? null : undefined)}
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
            const value = feelings[f] ?? null;
            const rated = value !== null;
            const inputId = `${id}-${f}`;
            const name = t(`feeling.${f}`);
            const words = rated
              ? t("checkin.feelings.intensityValue", { value })
              : t("checkin.feelings.notRated");
            return (
              <div key={f} class="field intensity">
                <label for={inputId}>{t("checkin.feelings.intensityLabel", { feeling: name })}</label>
                <div class="row intensity-row">
                  <input
                    id={inputId}
                    type="range"
                    class={rated ? undefined : "unrated"}
                    min={0}
                    max={10}
                    step={1}
                    value={value ?? RESTING}
                    aria-valuetext={words}
                    aria-describedby={`${id}-scale`}
                    onInput={(e) => onChange(f, Number(e.currentTarget.value))}
                    // A tap right where the hidden thumb rests changes no value, so no input
                    // event fires; the click still means "this strong".
                    onClick={(e) => {
                      if (!rated) onChange(f, Number(e.currentTarget.value));
                    }}
                  />
                  <output
                    for={inputId}
                    aria-hidden="true"
                    class={`intensity-value${rated ? "" : " not-rated"}`}
                  >
                    {rated ? value : t("checkin.feelings.notRated")}
                  </output>
                </div>
                {rated && (
                  <button
                    type="button"
                    class="quiet"
                    aria-label={t("checkin.feelings.unrateLabel", { feeling: name })}
                    onClick={() => onChange(f, null)}
                  >
                    {t("checkin.feelings.unrate")}
                  </button>
                )}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
