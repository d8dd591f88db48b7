import { useTranslation } from "react-i18next";

interface Props {
  index: number;
  onBack: () => void;
  onNext: () => void;
}

/** Back and Next for a one-thing-at-a-time flow; Next always works, whatever was typed. */
export function StepNav({ index, onBack, onNext }: Props) {
  const { t } = useTranslation("sos");
  return (
    <div class="row sos-step-nav">
      {index > 0 && (
        <button type="button" onClick={onBack}>
          {t("flow.back")}
        </button>
      )}
      <button type="button" class="primary" onClick={onNext}>
        {t("flow.next")}
      </button>
    </div>
  );
}
