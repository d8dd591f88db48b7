import { useId } from "preact/hooks";
import { useTranslation } from "react-i18next";

const VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

interface Props {
  legend: string;
  hint: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  /**
   * A rating given earlier in this visit that no longer answers "right now": said in words
   * with its time, never shown chosen (core sosVisit.ts).
   */
  earlier?: { value: number; time?: string | undefined } | undefined;
}

/**
 * An optional 0–10 rating as eleven radio buttons: unlike a slider, nothing is chosen until
 * the person chooses, so skipping is simply not answering.
 */
export function DistressRating({ legend, hint, value, onChange, earlier }: Props) {
  const { t } = useTranslation("sos");
  const id = useId();
  const showEarlier = earlier !== undefined && value === undefined;
  return (
    <fieldset class="sos-rating" aria-describedby={showEarlier ? `${id}-earlier ${id}-hint` : `${id}-hint`}>
      <legend>{legend}</legend>
      {showEarlier && (
        <p class="sos-rating-earlier" id={`${id}-earlier`}>
          {earlier.time
            ? t("rating.earlierAt", { time: earlier.time, value: earlier.value })
            : t("rating.earlier", { value: earlier.value })}
        </p>
      )}
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div class="sos-rating-scale">
        {VALUES.map((v) => (
          <label key={v} class="sos-rating-option">
            <input type="radio" name={id} value={v} checked={value === v} onChange={() => onChange(v)} />
            <span>{v}</span>
          </label>
        ))}
      </div>
      {value !== undefined && (
        <button type="button" class="quiet" onClick={() => onChange(undefined)}>
          {t("rating.clear")}
        </button>
      )}
    </fieldset>
  );
}
