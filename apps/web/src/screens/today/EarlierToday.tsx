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
          const feelings = c.feelings
            .map((f) =>
              t("earlier.feelingWithIntensity", { feeling: t(`feeling.${f.id}`), value: f.intensity }),
            )
            .join(", ");
          return (
            <li key={c.id} class="card earlier-item">
              <h3>{t("earlier.at", { time })}</h3>
              {c.place && <p>{t(`place.${c.place}`)}</p>}
              {feelings && <p>{feelings}</p>}
              {!c.place && !feelings && <p class="hint">{t("earlier.nothingChosen")}</p>}
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
