import type { JournalRecord } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { updateRecord } from "../../store/records.ts";
import { longDay, timeOf } from "../../ui/dates.ts";
import type { PendingUndo } from "../../ui/useUndo.ts";
import { useMarkedEntries } from "./data.ts";
import { entryPreview } from "./preview.ts";

interface Props {
  offer: (undo: PendingUndo) => void;
}

/** Journal entries marked "Bring to my next session": open one, or take it off the list. */
export function MarkedEntries({ offer }: Props) {
  const { t, i18n } = useTranslation("therapy");
  const lang = i18n.language;
  const entries = useMarkedEntries();

  async function unmark(entry: JournalRecord) {
    await updateRecord("journal", entry.id, { forTherapy: false });
    document.getElementById("marked-heading")?.focus();
    offer({
      message: t("entries.unmarked"),
      undo: async () => {
        await updateRecord("journal", entry.id, { forTherapy: true });
      },
    });
  }

  return (
    <div class="stack">
      <h3 id="marked-heading" tabIndex={-1}>
        {t("entries.heading")}
      </h3>
      {entries === undefined ? null : entries.length === 0 ? (
        <p class="hint">{t("entries.empty")}</p>
      ) : (
        <ul class="plain-list" aria-labelledby="marked-heading">
          {entries.map((entry) => {
            const textId = `marked-${entry.id}`;
            const preview = entryPreview(entry);
            return (
              <li key={entry.id} class="card therapy-item" data-testid="therapy-marked-entry">
                <p class="hint">
                  <time dateTime={entry.at}>
                    {t("entries.when", { date: longDay(entry.day, lang), time: timeOf(entry.at, lang) })}
                  </time>
                </p>
                <p id={textId} class="therapy-text">
                  {preview || t("entries.sketchOnly")}
                </p>
                <div class="row">
                  <a class="button" href={`/journal?entry=${entry.id}`} aria-describedby={textId}>
                    {t("entries.open")}
                  </a>
                  <button type="button" aria-describedby={textId} onClick={() => void unmark(entry)}>
                    {t("entries.unmark")}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
