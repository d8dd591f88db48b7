import {
  CONTENT_NOTE_TOPICS,
  type ContentNoteTopic,
  DEFAULT_READER_FILTERS,
  READER_CHOICES,
  type ReaderChoice,
} from "@small-steps/core";
import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { loadReaderPrefs, saveReaderPrefs } from "../../../stories/readerPrefs.ts";
import { Status, useStatus } from "../../../ui/StatusMessage.tsx";
import "./read.css";

/**
 * /stories/filters: for each content note, show, blur (with "show anyway") or hide. Saved at once,
 * on this device only: what a reader avoids is nobody else's business.
 */
export function FiltersScreen() {
  const { t } = useTranslation("stories");
  const [prefs, setPrefs] = useState(loadReaderPrefs);
  const { status, say } = useStatus();

  function choose(topic: ContentNoteTopic, choice: ReaderChoice) {
    const next = { ...prefs, [topic]: choice };
    setPrefs(next);
    saveReaderPrefs(next);
    say(t("filters.saved"));
  }

  function reset() {
    const next = { ...DEFAULT_READER_FILTERS };
    setPrefs(next);
    saveReaderPrefs(next);
    say(t("filters.resetDone"));
  }

  return (
    <>
      <p>
        <a href="/stories">{t("back")}</a>
      </p>
      <h1>{t("filters.heading")}</h1>
      <p>{t("filters.intro")}</p>
      <p class="hint">{t("filters.explain")}</p>
      <p class="read-device-note">{t("filters.device")}</p>
      <div class="stack read-filters">
        {CONTENT_NOTE_TOPICS.map((topic) => (
          <fieldset key={topic} class="choice-group read-filter">
            <legend>{t("filters.legend", { topic: t(`notes.topic.${topic}`) })}</legend>
            {READER_CHOICES.map((choice) => (
              <label key={choice} class="choice">
                <input
                  type="radio"
                  name={`filter-${topic}`}
                  value={choice}
                  checked={prefs[topic] === choice}
                  onChange={() => choose(topic, choice)}
                />
                {t(`filters.choice.${choice}`)}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <div>
        <button type="button" onClick={reset}>
          {t("filters.reset")}
        </button>
      </div>
      <Status status={status} class="read-status" />
    </>
  );
}
