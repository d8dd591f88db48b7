import { useEffect, useId, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { SosWayfinding } from "../../ui/SosWayfinding.tsx";
import { StepNav } from "./StepNav.tsx";
import { noteTool } from "./sessionQueue.ts";
import { useFocusOnChange } from "./useFocusOnChange.ts";
import "./sos.css";

const PROMPTS = ["where", "size", "temperature", "texture", "movement", "letBe"] as const;
type Prompt = (typeof PROMPTS)[number];

/**
 * Noticing the discomfort's shape, one question at a time: sitting with it, not fixing it.
 * Notes stay on this screen only; nothing is saved.
 */
export function ShapeScreen() {
  const { t } = useTranslation("sos");
  usePageTitle(t("shape.title"));
  const id = useId();
  const [index, setIndex] = useState(0);
  const [notes, setNotes] = useState<Partial<Record<Prompt, string>>>({});
  const headingRef = useFocusOnChange<HTMLHeadingElement>(index);

  useEffect(() => noteTool("shape"), []);

  const prompt = PROMPTS[index];
  const total = PROMPTS.length;

  return (
    <section class="stack sos">
      <h1>{t("shape.title")}</h1>
      <p class="sos-lead">{t("shape.intro")}</p>

      {prompt ? (
        <section class="card stack sos-step" aria-labelledby={`${id}-h`} key={prompt}>
          <div>
            <p class="hint sos-progress">{t("flow.progress", { step: index + 1, total })}</p>
            <h2 id={`${id}-h`} tabIndex={-1} ref={headingRef} class="sos-prompt">
              {t(`shape.prompt.${prompt}`)}
            </h2>
          </div>
          <div class="field">
            <label for={`${id}-note`}>{t("shape.note")}</label>
            <textarea
              id={`${id}-note`}
              rows={3}
              aria-describedby={`${id}-note-hint`}
              value={notes[prompt] ?? ""}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setNotes((prev) => ({ ...prev, [prompt]: value }));
              }}
            />
            <p class="hint" id={`${id}-note-hint`}>
              {t("shape.noteHint")}
            </p>
          </div>
          <StepNav index={index} onBack={() => setIndex(index - 1)} onNext={() => setIndex(index + 1)} />
        </section>
      ) : (
        <section class="card stack sos-step" aria-labelledby={`${id}-end-h`}>
          <h2 id={`${id}-end-h`} tabIndex={-1} ref={headingRef}>
            {t("shape.endHeading")}
          </h2>
          <p>{t("shape.endText")}</p>
          <div class="row">
            <button type="button" onClick={() => setIndex(total - 1)}>
              {t("flow.back")}
            </button>
            <button
              type="button"
              onClick={() => {
                setNotes({});
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
