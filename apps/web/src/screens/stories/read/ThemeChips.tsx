import { STORY_THEMES, type StoryTheme } from "@small-steps/sync";
import { useTranslation } from "react-i18next";
import { Choices } from "../Choices.tsx";

export type ThemeChoice = StoryTheme | "all";

/** One theme at a time, or all of them: a single-choice group that looks like chips. */
export function ThemeChips({
  value,
  onChange,
}: {
  value: ThemeChoice;
  onChange: (theme: ThemeChoice) => void;
}) {
  const { t } = useTranslation("stories");
  const options: ThemeChoice[] = ["all", ...STORY_THEMES];
  return (
    <fieldset class="choice-group read-themes-filter">
      <legend>{t("feed.themesLegend")}</legend>
      <Choices
        type="radio"
        name="story-theme"
        options={options}
        isChecked={(option) => value === option}
        onChange={(option) => onChange(option)}
        label={(option) => (option === "all" ? t("feed.allThemes") : t(`themes.name.${option}`))}
      />
    </fieldset>
  );
}
