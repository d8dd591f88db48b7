import type { CheckinRecord } from "@small-steps/core";
import { useTranslation } from "react-i18next";

interface Props {
  checkins: CheckinRecord[];
  formatTime: (iso: string) => string;
  onEdit: (c: CheckinRecord) => void;
  onDelete: (c: CheckinRecord) => void;
}

/** Several check-ins a day are welcome; each can be changed or removed. */
export function EarlierToday({ checkins, formatTime, onEdit, onDelete }: Props) {
  const { t } = useTranslation("today");
  return (
    <section class="stack" aria-labelledby="today-earlier-h">
      <h2 id="today-earlier-h" tabIndex={-1}>
        {t("earlier.heading")}
      </h2>
      <ul class="plain-list">
        {checkins.map((c) => {
          const time = formatTime(c.at);
          // A feeling not rated is named as felt; no number stands in for one never given.
          const feelings = c.feelings
            .map((f) =>
              f.intensity === undefined
                ? t("earlier.feelingNotRated", { feeling: t(`feeling.${f.id}`) })
                : t("earlier.feelingWithIntensity", { feeling: t(`feeling.${f.id}`), value: f.intensity }),
            )
            .join(", ");
          const note = c.note?.trim() ? c.note : undefined;
          return (
            <li key={c.id} class="card earlier-item">
              <h3>{t("earlier.at", { time })}</h3>
              {c.place && <p>{t(`place.${c.place}`)}</p>}
              {feelings && <p>{feelings}</p>}
              {note && (
                <p class="earlier-note">
                  <span class="visually-hidden">{t("earlier.note")} </span>
                  {note}
                </p>
              )}
              {!c.place && !feelings && !note && <p class="hint">{t("earlier.nothingChosen")}</p>}
              <div class="row">
                <button type="button" onClick={() => onEdit(c)} aria-label={t("earlier.editLabel", { time })}>
                  {t("earlier.edit")}
                </button>
                <button
                  type="button"
                  class="quiet"
                  onClick={() => onDelete(c)}
                  aria-label={t("earlier.deleteLabel", { time })}
                >
                  {t("earlier.delete")}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
