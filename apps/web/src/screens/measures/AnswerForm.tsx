import {
  MEASURE_TEXT,
  MEASURES,
  type MeasureId,
  needsSafetyFollowUp,
  PHQ9_SAFETY_ITEM_INDEX,
  type ResponseOptionText,
  scoreMeasure,
} from "@small-steps/core";
import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { useTranslation } from "react-i18next";
import { createRecord, nowFields } from "../../store/records.ts";
import { useTakeFocus } from "./focus.ts";
import { listNumbers } from "./format.ts";
import { SafetyCard } from "./SafetyCard.tsx";

const radioId = (measure: MeasureId, item: number, value: number) => `${measure}-q${item + 1}-${value}`;

/**
 * One questionnaire, item by item, in its published words. Nothing is kept until the person
 * chooses Save answers: half-answered forms about how someone feels are not left lying around.
 */
export function AnswerForm({ measure }: { measure: MeasureId }) {
  const { t } = useTranslation("measures");
  const { route } = useLocation();
  useTakeFocus("measure-form-heading");
  const def = MEASURES[measure];
  const text = MEASURE_TEXT[measure];
  const [answers, setAnswers] = useState<(number | undefined)[]>(() => Array(def.itemCount).fill(undefined));
  const [difficulty, setDifficulty] = useState<number | undefined>(undefined);
  const [attempted, setAttempted] = useState(false);
  const [openMessage, setOpenMessage] = useState("");
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  // Once shown, the card stays for this form even if the answer changes back: it errs towards care.
  const [safetyShown, setSafetyShown] = useState(false);

  const score = scoreMeasure(def, answers);
  const missing = score.ok ? score.missing : [];
  const complete = score.ok && score.complete;
  const showSafety = measure === "phq9" && (safetyShown || needsSafetyFollowUp(answers));

  const answer = (item: number, value: number) => {
    const next = [...answers];
    next[item] = value;
    setAnswers(next);
    if (measure === "phq9" && needsSafetyFollowUp(next)) setSafetyShown(true);
    if (attempted && scoreMeasure(def, next).ok && next.every((v) => v !== undefined)) setOpenMessage("");
  };

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    if (!complete || score.total === undefined) {
      setAttempted(true);
      setOpenMessage(t("form.stillOpen", { count: missing.length, list: listNumbers(t, missing) }));
      const first = missing[0];
      if (first !== undefined)
        document.getElementById(radioId(measure, first, def.responseValues[0] ?? 0))?.focus();
      return;
    }
    setSaving(true);
    setFailed(false);
    try {
      const record = await createRecord("measureResult", {
        ...nowFields(),
        measure,
        answers: answers as number[],
        total: score.total,
        ...(difficulty !== undefined ? { difficulty } : {}),
      });
      route(`/measures/${measure}/${record.id}`);
    } catch {
      setFailed(true);
      setSaving(false);
    }
  };

  return (
    <form class="stack measure-form" onSubmit={onSubmit} noValidate aria-labelledby="measure-form-heading">
      <p>
        <a href="/measures">{t("form.back")}</a>
      </p>
      <div>
        <h2 id="measure-form-heading" tabIndex={-1}>
          {t(`measure.${measure}.name`)} <span class="measure-topic">· {t(`measure.${measure}.topic`)}</span>
        </h2>
        <p class="hint">{text.title}</p>
      </div>
      <p>{t("form.noWrongAnswers")}</p>
      {measure === "pcl5" && <p>{t("form.pclNote")}</p>}
      {text.instructions && <p>{text.instructions}</p>}
      <p class="measure-stem">{text.stem}</p>

      {text.items.map((item, i) => {
        const open = attempted && answers[i] === undefined;
        return (
          <div key={item}>
            <fieldset class="measure-item" aria-describedby={open ? `${measure}-q${i + 1}-open` : undefined}>
              <legend>
                <span class="measure-item-number">{t("form.itemNumber", { n: i + 1 })}</span> {item}
              </legend>
              {open && (
                <p class="hint measure-item-open" id={`${measure}-q${i + 1}-open`}>
                  {t("form.openHere")}
                </p>
              )}
              <Options
                name={`${measure}-q${i + 1}`}
                idFor={(v) => radioId(measure, i, v)}
                options={text.options}
                value={answers[i]}
                onChange={(v) => answer(i, v)}
              />
            </fieldset>
            {measure === "phq9" && i === PHQ9_SAFETY_ITEM_INDEX && (
              // The live region is there from the start, so the card is announced when it arrives.
              <div class="measure-safety-slot" role="status" aria-live="polite">
                {showSafety && <SafetyCard headingLevel={3} />}
              </div>
            )}
          </div>
        );
      })}

      {text.difficulty && (
        <fieldset class="measure-item" aria-describedby={`${measure}-difficulty-hint`}>
          <legend>{text.difficulty.question}</legend>
          <p class="hint" id={`${measure}-difficulty-hint`}>
            {t("form.difficultyHint")}
          </p>
          <Options
            name={`${measure}-difficulty`}
            idFor={(v) => `${measure}-difficulty-${v}`}
            options={text.difficulty.options}
            value={difficulty}
            onChange={setDifficulty}
          />
          {difficulty !== undefined && (
            <button type="button" class="quiet" onClick={() => setDifficulty(undefined)}>
              {t("form.clearDifficulty")}
            </button>
          )}
        </fieldset>
      )}

      <div class="measure-save">
        <button
          type="submit"
          class="primary"
          aria-disabled={complete ? undefined : "true"}
          aria-describedby="measure-save-hint"
        >
          {saving ? t("form.saving") : t("form.save")}
        </button>
        <p class="hint" id="measure-save-hint">
          {complete ? "" : t("form.completeHint")}
        </p>
        <p role="status" class="measure-open-message">
          {openMessage}
        </p>
        {failed && (
          <p class="error-message" role="alert">
            {t("common:saveFailed")}
          </p>
        )}
      </div>

      <p class="hint measure-credit">
        {t("form.credit")}: {text.credit}
      </p>
    </form>
  );
}

function Options(props: {
  name: string;
  idFor: (value: number) => string;
  options: readonly ResponseOptionText[];
  value: number | undefined;
  onChange: (value: number) => void;
}) {
  return (
    <div class="measure-options">
      {props.options.map((o) => (
        <label class="choice" key={o.value} for={props.idFor(o.value)}>
          <input
            type="radio"
            id={props.idFor(o.value)}
            name={props.name}
            value={o.value}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
          />
          {o.text}
        </label>
      ))}
    </div>
  );
}
