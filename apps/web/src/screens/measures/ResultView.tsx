import {
  MEASURE_TEXT,
  MEASURES,
  type MeasureResultRecord,
  needsSafetyFollowUp,
  PCL5_CLUSTERS,
  pcl5ClusterTotals,
  scoreMeasure,
} from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { useResult } from "./data.ts";
import { useTakeFocus } from "./focus.ts";
import { bandOf, longDay } from "./format.ts";
import { SafetyCard } from "./SafetyCard.tsx";

interface Props {
  id: string;
  onDelete: (r: MeasureResultRecord) => void;
}

/** One saved result: the total, its band in plain words, what it means and does not mean. */
export function ResultView({ id, onDelete }: Props) {
  const { t } = useTranslation("measures");
  const result = useResult(id);
  if (result === undefined) return null;
  const back = (
    <p>
      <a href="/measures">{t("form.back")}</a>
    </p>
  );
  if (result === null)
    return (
      <div class="stack">
        {back}
        <p>{t("result.missing")}</p>
      </div>
    );
  return (
    <div class="stack">
      {back}
      <Result result={result} onDelete={onDelete} />
    </div>
  );
}

function Result({ result, onDelete }: { result: MeasureResultRecord; onDelete: Props["onDelete"] }) {
  const { t, i18n } = useTranslation("measures");
  useTakeFocus("measure-result-heading");
  const { measure, total, answers } = result;
  const def = MEASURES[measure];
  const text = MEASURE_TEXT[measure];
  const name = t(`measure.${measure}.name`);
  const band = bandOf(t, measure, total);
  const score = scoreMeasure(def, answers);
  const clusters = measure === "pcl5" ? pcl5ClusterTotals(answers) : undefined;
  const difficulty = text.difficulty?.options.find((o) => o.value === result.difficulty);

  return (
    <article class="stack measure-result" aria-labelledby="measure-result-heading">
      <h2 id="measure-result-heading" tabIndex={-1}>
        {t("result.heading", { name, date: longDay(result.day, i18n.language) })}
      </h2>
      <div class="card measure-result-summary">
        <p class="measure-result-total">{t("result.total", { total, max: def.totalRange.max })}</p>
        {band && <p>{t("result.band", { min: band.min, max: band.max, band: band.words })}</p>}
        {score.ok && score.note && <p>{t(`note.${score.note}`)}</p>}
        {difficulty && <p class="hint">{t("result.difficulty", { answer: difficulty.text })}</p>}
      </div>

      {measure === "phq9" && needsSafetyFollowUp(answers) && <SafetyCard headingLevel={3} />}

      <section aria-labelledby="measure-means">
        <h3 id="measure-means">{t("result.means")}</h3>
        <p>{t("result.meansBody")}</p>
      </section>
      <section aria-labelledby="measure-not-means">
        <h3 id="measure-not-means">{t("result.notMeans")}</h3>
        <p>{t("result.notMeansBody")}</p>
        <p>{t("result.talk")}</p>
      </section>

      {clusters && (
        <section aria-labelledby="measure-clusters">
          <h3 id="measure-clusters">{t("result.clusters")}</h3>
          <ul>
            {(Object.keys(PCL5_CLUSTERS) as (keyof typeof PCL5_CLUSTERS)[]).map((c) => (
              <li key={c}>{t(`result.cluster.${c}`, { total: clusters[c] })}</li>
            ))}
          </ul>
        </section>
      )}

      <details class="measure-answers">
        <summary>{t("result.answers")}</summary>
        <p class="hint">{text.stem}</p>
        <ol>
          {text.items.map((item, i) => (
            <li key={item}>
              <span>{item}</span>{" "}
              <strong>{text.options.find((o) => o.value === answers[i])?.text ?? ""}</strong>
            </li>
          ))}
        </ol>
      </details>

      <p>
        <button type="button" class="danger" onClick={() => onDelete(result)}>
          {t("result.deleteButton")}
        </button>
      </p>
      <p class="hint measure-credit">
        {t("form.credit")}: {text.credit}
      </p>
    </article>
  );
}
