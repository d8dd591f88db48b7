import { useTranslation } from "react-i18next";
import { RANGES, type RangeId } from "./range.ts";

export function RangePicker({ value, onChange }: { value: RangeId; onChange: (range: RangeId) => void }) {
  const { t } = useTranslation("insights");
  return (
    <fieldset class="choice-group">
      <legend>{t("range.legend")}</legend>
      {RANGES.map((r) => (
        <label key={r} class="choice">
          <input
            type="radio"
            name="insights-range"
            value={r}
            checked={value === r}
            onChange={() => onChange(r)}
          />
          {t(`range.${r}`)}
        </label>
      ))}
    </fieldset>
  );
}
