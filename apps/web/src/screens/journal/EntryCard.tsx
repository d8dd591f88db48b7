import type { CheckinRecord, JournalRecord } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { useEditingCard } from "../../drafts/useEditingCard.ts";
import { updateRecord } from "../../store/records.ts";
import { EntryEditor } from "./EntryEditor.tsx";
import { longDay, moment, shortDay, timeOf } from "./format.ts";

/** Long entries are shortened in lists; the entry's own page shows everything. */
const PREVIEW_CHARS = 1200;

interface Props {
  entry: JournalRecord;
  checkin?: CheckinRecord | undefined;
  /** Show the whole text (the entry's own page) instead of a preview. */
  full?: boolean;
  onDelete: (entry: JournalRecord) => void;
}

export function tagHref(tag: string): string {
  return `/journal?tag=${encodeURIComponent(tag)}`;
}

export function EntryCard({ entry, checkin, full = false, onDelete }: Props) {
  const { t, i18n } = useTranslation("journal");
  const lang = i18n.language;
  // Back from the editor, focus returns to where the person started; left mid-edit, it reopens.
  const { editing, autoFocus, editButton, open, close } = useEditingCard(`journal:${entry.id}`);

  const time = timeOf(entry.at, lang);
  const when = `${longDay(entry.day, lang)}, ${time}`;
  const clipped = !full && entry.text.length > PREVIEW_CHARS;
  const text = clipped ? `${entry.text.slice(0, PREVIEW_CHARS).trimEnd()}…` : entry.text;
  const labelId = `entry-${entry.id}-time`;

  return (
    <article
      class="card journal-entry"
      data-testid="journal-entry"
      data-entry-id={entry.id}
      aria-labelledby={labelId}
    >
      <p class="entry-time">
        <time id={labelId} dateTime={entry.at}>
          {full ? when : time}
        </time>
      </p>
      {editing ? (
        <EntryEditor entry={entry} autoFocus={autoFocus} onDone={close} />
      ) : (
        <>
          {entry.conflictOf && (
            <p class="hint conflict-note" data-testid="conflict-note">
              <strong>{t("list.conflictBadge")}</strong> {t("list.conflictNote")}{" "}
              <a href={`/journal/${entry.conflictOf}`}>{t("list.conflictOriginal")}</a>
            </p>
          )}
          {entry.prompt && (
            <p class="entry-prompt">
              <span class="visually-hidden">{t("list.promptShown")} </span>
              {entry.prompt}
            </p>
          )}
          {text && <p class="entry-text">{text}</p>}
          {clipped && (
            <p>
              <a href={`/journal/${entry.id}`}>{t("list.readMore")}</a>
            </p>
          )}
          {entry.sketch && (
            <img
              class="entry-sketch"
              src={entry.sketch.dataUrl}
              width={entry.sketch.width}
              height={entry.sketch.height}
              alt={t("sketch.alt", { date: shortDay(entry.day, lang) })}
              loading="lazy"
              decoding="async"
            />
          )}
          {checkin && !checkin.deleted && (
            <p class="hint">
              {checkin.place
                ? t("list.checkinPlace", {
                    when: moment(checkin.at, lang),
                    place: t(`places.${checkin.place}`),
                  })
                : t("list.checkin", { when: moment(checkin.at, lang) })}
            </p>
          )}
          {entry.tags.length > 0 && (
            <p class="tag-line">
              <span class="visually-hidden">{t("list.tagLabel")} </span>
              {entry.tags.map((tag) => (
                <a key={tag} class="tag" href={tagHref(tag)} aria-label={t("list.tagLink", { tag })}>
                  {tag}
                </a>
              ))}
            </p>
          )}
          <div class="row entry-actions">
            {/* Therapy companion: gathers marked entries for the next session (words in therapy.json). */}
            <button
              type="button"
              aria-pressed={entry.forTherapy === true}
              onClick={() => void updateRecord("journal", entry.id, { forTherapy: !entry.forTherapy })}
            >
              {entry.forTherapy && <span aria-hidden="true">✓</span>}
              {t("therapy:mark.toggle")}
              <span class="visually-hidden"> {t("list.entryFrom", { when })}</span>
            </button>
            <button ref={editButton} type="button" onClick={open}>
              {t("list.edit")}
              <span class="visually-hidden"> {t("list.entryFrom", { when })}</span>
            </button>
            {/* A story starts from a copy of the words, after a "this will be public" step. */}
            {entry.text.trim() !== "" && (
              <a class="button" href={`/stories/from-journal/${entry.id}`}>
                {t("list.share")}
                <span class="visually-hidden"> {t("list.entryFrom", { when })}</span>
              </a>
            )}
            <button type="button" class="danger" onClick={() => onDelete(entry)}>
              {t("list.delete")}
              <span class="visually-hidden"> {t("list.entryFrom", { when })}</span>
            </button>
          </div>
        </>
      )}
    </article>
  );
}
