import { STORY_LIMITS, STORY_THEMES, type StoryTheme } from "@small-steps/sync";
import type { Ref } from "preact";
import { useTranslation } from "react-i18next";
import { Choices } from "../Choices.tsx";
import { describedBy, FieldProblem } from "./FieldProblem.tsx";
import { toggleTheme } from "./storyDraft.ts";

interface Props {
  themes: StoryTheme[];
  onChange: (themes: StoryTheme[]) => void;
  problem: string | null;
  /** The first checkbox, where focus goes when the themes need a look. */
  firstRef: Ref<HTMLInputElement>;
}

/** Up to three themes (ST3), never capped while ticking: the count says how many fit. */
export function ThemesField({ themes, onChange, problem, firstRef }: Props) {
  const { t } = useTranslation("storiesWrite");
  const max = STORY_LIMITS.themes;
  const over = themes.length > max;
  return (
    <fieldset
      class="choice-group"
      aria-describedby={describedBy(
        "story-themes-hint",
        "story-themes-count",
        problem && "story-themes-problem",
      )}
    >
      <legend>{t("form.themesLegend")}</legend>
      <p id="story-themes-hint" class="hint story-group-hint">
        {t("form.themesHint", { max })}
      </p>
      <Choices
        type="checkbox"
        name="story-themes"
        options={STORY_THEMES}
        isChecked={(theme) => themes.includes(theme)}
        onChange={(theme, checked) => onChange(toggleTheme(themes, theme, checked))}
        label={(theme) => t(`themes.${theme}`)}
        firstRef={firstRef}
      />
      <p id="story-themes-count" class="hint story-group-hint" aria-live="polite">
        {over
          ? t("form.themesOver", { count: themes.length, max })
          : t("form.themesCount", { count: themes.length, max })}
      </p>
      <FieldProblem id="story-themes-problem" text={problem} />
    </fieldset>
  );
}
