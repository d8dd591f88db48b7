import { AVATAR_COLOURS, CONTENT_NOTES, STORY_THEMES, storyStatusSchema } from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import words from "../../../i18n/locales/en/storiesWrite.json";

/** Every fixed word a story can carry has its English words, or a screen would show a raw key. */
describe("storiesWrite words", () => {
  it("name every content note, theme, colour and status", () => {
    for (const note of [...CONTENT_NOTES, "none"]) expect(words.notes, note).toHaveProperty([note]);
    for (const theme of STORY_THEMES) expect(words.themes, theme).toHaveProperty([theme]);
    for (const colour of AVATAR_COLOURS) expect(words.colours, colour).toHaveProperty([colour]);
    for (const status of storyStatusSchema.options) {
      expect(words.mine.status, status).toHaveProperty([status]);
      expect(words.mine.statusNote, status).toHaveProperty([status]);
    }
  });
});
