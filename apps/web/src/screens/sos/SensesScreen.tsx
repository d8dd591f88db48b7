import { useEffect, useId, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { SosWayfinding } from "../../ui/SosWayfinding.tsx";
import { StepNav } from "./StepNav.tsx";
import { noteTool } from "./sessionQueue.ts";
import { useFocusOnChange } from "./useFocusOnChange.ts";
import "./sos.css";

const SENSES = [
  { sense: "see", count: 5 },
  { sense: "touch", count: 4 },
  { sense: "hear", count: 3 },
  { sense: "smell", count: 2 },
  { sense: "taste", count: 1 },
] as const;
type Sense = (typeof SENSES)[number]["sense"];

/**
 * 5-4-3-2-1, one sense at a time. What the person types stays on this screen only: it is a
 * way to hold attention, not a record, so nothing is saved.
 */
export function SensesScreen() {
  const { t } = useTranslation("sos");
  usePageTitle(t("senses.title"));
  const id = useId();
  const [index, setIndex] = useState(0);
  const [typed, setTyped] = useState<Partial<Record<Sense, string[]>>>({});
  const headingRef = useFocusOnChange<HTMLHeadingElement>(index);

  useEffect(() => noteTool("senses"), []);

  const step = SENSES[index];
  const total = SENSES.length;

  function setValue(sense: Sense, i: number, value: string) {
    setTyped((prev) => {
      const list = [...(prev[sense] ?? [])];
      list[i] = value;
      return { ...prev, [sense]: list };
    });
  }

  return (
    <section class="stack sos">
      <h1>{t("senses.title")}</h1>
      <p class="sos-lead">{t("senses.intro")}</p>

      {step ? (
        <section class="card stack sos-step" aria-labelledby={`${id}-h`} key={step.sense}>
          <div>
            <p class="hint sos-progress">{t("flow.progress", { step: index + 1, total })}</p>
            <h2 id={`${id}-h`} tabIndex={-1} ref={headingRef}>
              {t(`senses.step.${step.sense}`)}
            </h2>
            <p>{t(`senses.hint.${step.sense}`)}</p>
          </div>
          <div class="stack sos-fields">
            {Array.from({ length: step.count }, (_, i) => (
              <div class="field" key={i}>
                <label for={`${id}-${step.sense}-${i}`}>
                  {t(`senses.field.${step.sense}`, { n: i + 1 })}
                </label>
                <input
                  id={`${id}-${step.sense}-${i}`}
                  type="text"
                  autoComplete="off"
                  value={typed[step.sense]?.[i] ?? ""}
                  onInput={(e) => setValue(step.sense, i, e.currentTarget.value)}
                />
              </div>
            ))}
          </div>
          <p class="hint">{t("senses.optional")}</p>
          <StepNav index={index} onBack={() => setIndex(index - 1)} onNext={() => setIndex(index + 1)} />
        </section>
      ) : (
        <section class="card stack sos-step" aria-labelledby={`${id}-end-h`}>
          <h2 id={`${id}-end-h`} tabIndex={-1} ref={headingRef}>
            {t("senses.endHeading")}
          </h2>
          <p>{t("senses.endText")}</p>
          <div class="row">
            <button type="button" onClick={() => setIndex(total - 1)}>
              {t("flow.back")}
            </button>
            <button
              type="button"
              onClick={() => {
                setTyped({});
                setIndex(0);
              }}
            >
              {t("flow.again")}
            </button>
          </div>
        </section>
      )}

      <SosWayfinding />
    </section>
  );
}
