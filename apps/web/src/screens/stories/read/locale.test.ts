import { CONTENT_NOTE_TOPICS, READER_CHOICES } from "@small-steps/core";
import { CONTENT_NOTES, REPORT_REASONS, STORY_THEMES } from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import stories from "../../../i18n/locales/en/stories.json";

/** Keys built from a list at run time: every item needs its words, or a raw key shows. */
describe("the stories reading words", () => {
  it("name every content note, theme, reading choice and report reason", () => {
    for (const note of [...CONTENT_NOTES, ...CONTENT_NOTE_TOPICS])
      expect(stories.notes.topic, note).toHaveProperty([note]);
    for (const theme of STORY_THEMES) expect(stories.themes.name, theme).toHaveProperty([theme]);
    for (const choice of READER_CHOICES) expect(stories.filters.choice, choice).toHaveProperty([choice]);
    for (const reason of REPORT_REASONS) expect(stories.report.reason, reason).toHaveProperty([reason]);
  });
});
