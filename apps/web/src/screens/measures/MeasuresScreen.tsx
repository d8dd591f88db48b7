import { MEASURE_IDS, type MeasureId, type MeasureResultRecord } from "@small-steps/core";
import type { ComponentChildren } from "preact";
import { useCallback } from "preact/hooks";
import { useLocation } from "preact-iso";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { useSettings } from "../../settings/useSettings.ts";
import { deleteRecord, restoreRecord } from "../../store/records.ts";
import { UndoToast } from "../../ui/UndoToast.tsx";
import { useUndo } from "../../ui/useUndo.ts";
import { AnswerForm } from "./AnswerForm.tsx";
import { IntroOff } from "./IntroOff.tsx";
import { Overview } from "./Overview.tsx";
import { ResultView } from "./ResultView.tsx";
import "./measures.css";

const isMeasure = (s: string | undefined): s is MeasureId => MEASURE_IDS.includes(s as MeasureId);

/**
 * /measures                 what they are; when on: cards, reminders, results and trends
 * /measures/<measure>       answer one (phq9, gad7, pcl5)
 * /measures/<measure>/<id>  one saved result
 * Everything stays behind the person's own "Turn on self-measures".
 */
export function MeasuresScreen() {
  const { t } = useTranslation("measures");
  usePageTitle(t("title"));
  const { measures: on } = useSettings();
  const { path, route } = useLocation();
  const { pending, offer, dismiss } = useUndo();
  const [measure, resultId] = path
    .replace(/^\/measures\/?/, "")
    .split("/")
    .filter(Boolean)
    .map(decodeURIComponent);

  const onDelete = useCallback(
    async (r: MeasureResultRecord) => {
      await deleteRecord("measureResult", r.id);
      // Back to the overview, where the toast offers the way back.
      route("/measures");
      offer({ message: t("results.deleted"), undo: () => restoreRecord("measureResult", r.id) });
    },
    [route, offer, t],
  );

  let body: ComponentChildren;
  if (!on) {
    const next = !isMeasure(measure)
      ? "measures-cards-heading"
      : resultId
        ? "measure-result-heading"
        : "measure-form-heading";
    body = <IntroOff focusAfter={next} />;
  } else if (measure === undefined) body = <Overview />;
  else if (!isMeasure(measure))
    body = (
      <p>
        {t("result.unknown")} <a href="/measures">{t("form.back")}</a>
      </p>
    );
  else if (resultId) body = <ResultView id={resultId} onDelete={onDelete} />;
  else body = <AnswerForm key={measure} measure={measure} />;

  return (
    <section class="stack measures">
      <h1>{t("title")}</h1>
      {body}
      {pending && (
        <UndoToast message={pending.message} onUndo={() => void pending.undo()} onDismiss={dismiss} />
      )}
    </section>
  );
}
