import type { StoryWire } from "@small-steps/sync";
import { useTranslation } from "react-i18next";
import { shortDate } from "../../../ui/dates.ts";
import { notesList } from "./words.ts";

/** Themes, content notes and the day it was shared: the facts a reader may want before reading. */
export function StoryMeta({ story }: { story: Omit<StoryWire, "body"> }) {
  const { t, i18n } = useTranslation("stories");
  const notes = story.contentNotes.filter((n) => n !== "none");
  return (
    <div class="read-meta">
      {story.themes.length > 0 && (
        <p class="read-themes">
          <span class="visually-hidden">{t("themes.label")}: </span>
          {story.themes.map((theme) => (
            <span key={theme} class="read-theme">
              {t(`themes.name.${theme}`)}
            </span>
          ))}
        </p>
      )}
      <p class="read-notes">
        {notes.length > 0 ? t("notes.label", { notes: notesList(t, notes, i18n.language) }) : t("notes.none")}
      </p>
      {story.publishedAt && (
        <p class="hint">{t("card.published", { date: shortDate(story.publishedAt, i18n.language) })}</p>
      )}
    </div>
  );
}
