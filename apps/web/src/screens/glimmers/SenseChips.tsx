import { SENSES, type SenseId } from "@small-steps/core";
import { useTranslation } from "react-i18next";

interface Props {
  value: SenseId | undefined;
  onChange: (sense: SenseId | undefined) => void;
}

/** Optional, one at a time; pressing the chosen sense again clears it. */
export function SenseChips({ value, onChange }: Props) {
  const { t } = useTranslation("glimmers");
  return (
    <fieldset class="choice-group">
      <legend>{t("capture.senseLegend")}</legend>
      {SENSES.map((sense) => (
        <button
          key={sense}
          type="button"
          class="chip"
          aria-pressed={value === sense}
          onClick={() => onChange(value === sense ? undefined : sense)}
        >
          {t(`senses.${sense}`)}
        </button>
      ))}
    </fieldset>
  );
}
