import type { ReaderFilters } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { coveringNotes } from "./feedView.ts";
import { notesSentence } from "./words.ts";

interface Props {
  contentNotes: readonly string[];
  prefs: ReaderFilters;
  /** Unique on the page: ties the button to the words it lifts. */
  id: string;
  /** The cover's words stand in for the title, at the title's heading level. */
  level: 1 | 2;
  onShow: () => void;
}

/**
 * A story's title and words behind a cover. A visual blur alone would still be read out by a
 * screen reader, so the words are not in the page at all until the reader chooses to see them.
 */
export function Cover({ contentNotes, prefs, id, level, onShow }: Props) {
  const { t, i18n } = useTranslation("stories");
  const notes = coveringNotes(contentNotes, prefs);
  const text = t("cover.mentions", { notes: notesSentence(t, notes, i18n.language) });
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <div class="read-cover">
      <Heading id={`${id}-heading`} class="read-cover-heading" tabIndex={-1}>
        {text}
      </Heading>
      <p id={`${id}-why`} class="hint">
        {t("cover.why")}
      </p>
      <div>
        <button type="button" aria-describedby={`${id}-heading`} onClick={onShow}>
          {t("cover.showAnyway")}
        </button>
      </div>
    </div>
  );
}
