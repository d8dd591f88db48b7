import { localDayKey, MEASURE_IDS, MEASURES, type MeasureId, measureReminder } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { type Reminders, type ResultsByMeasure, setReminder } from "./data.ts";
import { useTakeFocus } from "./focus.ts";
import { bandOf, longDay } from "./format.ts";

interface Props {
  results: ResultsByMeasure;
  reminders: Reminders;
}

/** The person's own reminders, when due: a quiet line here, never a notification, never on Today. */
export function DueReminders({ results, reminders }: Props) {
  const { t } = useTranslation("measures");
  const today = localDayKey(new Date());
  const due = MEASURE_IDS.flatMap((id) => {
    const kind = measureReminder(reminders[id] === true, results[id].at(-1)?.day, today);
    return kind ? [{ id, kind }] : [];
  });
  if (due.length === 0) return null;
  return (
    <div class="card measure-reminders">
      {due.map(({ id, kind }) => (
        <p key={id}>{t(`reminder.${kind}`, { name: t(`measure.${id}.name`) })}</p>
      ))}
    </div>
  );
}

/** The three questionnaires, each with its last result and a way to answer it now. */
export function MeasureCards({ results, reminders }: Props) {
  const { t } = useTranslation("measures");
  useTakeFocus("measures-cards-heading");
  return (
    <section aria-labelledby="measures-cards-heading" class="stack">
      <h2 id="measures-cards-heading" tabIndex={-1}>
        {t("cards.heading")}
      </h2>
      <ul class="plain-list measure-cards">
        {MEASURE_IDS.map((id) => (
          <MeasureCard key={id} id={id} results={results[id]} remind={reminders[id] === true} />
        ))}
      </ul>
      <p class="hint" id="measures-remind-hint">
        {t("cards.remindHint")}
      </p>
    </section>
  );
}

function MeasureCard({
  id,
  results,
  remind,
}: {
  id: MeasureId;
  results: ResultsByMeasure[MeasureId];
  remind: boolean;
}) {
  const { t, i18n } = useTranslation("measures");
  const name = t(`measure.${id}.name`);
  const last = results.at(-1);
  let lastLine = t("cards.never");
  if (last) {
    const band = bandOf(t, id, last.total);
    const values = {
      date: longDay(last.day, i18n.language),
      total: last.total,
      max: MEASURES[id].totalRange.max,
    };
    lastLine = band ? t("cards.lastBand", { ...values, band: band.words }) : t("cards.last", values);
  }
  const checkboxId = `measure-remind-${id}`;
  return (
    <li class="card measure-card">
      <h3>
        {name} <span class="measure-topic">· {t(`measure.${id}.topic`)}</span>
      </h3>
      <p class="hint">{t(`measure.${id}.about`)}</p>
      <p>{lastLine}</p>
      <div class="row">
        <a class="button primary" href={`/measures/${id}`}>
          {t("cards.answer")}
          <span class="visually-hidden"> {t("cards.answerFor", { name })}</span>
        </a>
        <label class="choice" for={checkboxId}>
          <input
            type="checkbox"
            id={checkboxId}
            checked={remind}
            aria-describedby="measures-remind-hint"
            onChange={(e) => void setReminder(id, e.currentTarget.checked)}
          />
          {t("cards.remind")}
          <span class="visually-hidden"> {t("cards.remindFor", { name })}</span>
        </label>
      </div>
    </li>
  );
}
