import { NEEDS, type NeedAnswer, type NeedId } from "@small-steps/core";
import { useId } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { CheckIcon } from "../steps/CheckIcon.tsx";

interface Props {
  needs: Partial<Record<NeedId, NeedAnswer>>;
  onChange: (need: NeedId, answer: NeedAnswer | undefined) => void;
}

const ANSWERS: readonly NeedAnswer[] = ["done", "notNow"];

/** The body first: each need is an invitation answered with one tap, or left alone. */
export function NeedsFieldset({ needs, onChange }: Props) {
  const { t } = useTranslation("today");
  const id = useId();
  return (
    <fieldset class="needs stack" aria-describedby={`${id}-hint`}>
      <legend>{t("checkin.body.legend")}</legend>
      <p class="hint" id={`${id}-hint`}>
        {t("checkin.body.hint")}
      </p>
      {NEEDS.map((need) => {
        return (
          <fieldset key={need} class="need">
            <legend class="need-label">
              <span class="need-name">{t(`need.${need}`)}</span> — {t(`needInvite.${need}`)}
            </legend>
            <div class="row">
              {ANSWERS.map((answer) => {
                const pressed = needs[need] === answer;
                return (
                  <button
                    key={answer}
                    type="button"
                    class="need-answer"
                    aria-pressed={pressed}
                    // A second tap takes the answer back: nothing here is final.
                    onClick={() => onChange(need, pressed ? undefined : answer)}
                  >
                    {pressed && <CheckIcon />}
                    {t(`checkin.${answer}`)}
                  </button>
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
