import { AVATAR_COLOURS } from "@small-steps/sync";
import { useTranslation } from "react-i18next";
import type { AvatarColour } from "./profileForm.ts";

interface Props {
  value: AvatarColour;
  onChange: (colour: AvatarColour) => void;
}

/** The avatar colour: a radio per colour, each with its name beside a swatch (never colour alone). */
export function ColourChoice({ value, onChange }: Props) {
  const { t } = useTranslation("storiesWrite");
  return (
    <fieldset class="choice-group" aria-describedby="story-colour-hint">
      <legend>{t("profile.colourLegend")}</legend>
      <p id="story-colour-hint" class="hint story-group-hint">
        {t("profile.colourHint")}
      </p>
      {AVATAR_COLOURS.map((colour) => (
        <label key={colour} class="choice">
          <input
            type="radio"
            name="story-avatar-colour"
            value={colour}
            checked={value === colour}
            onChange={() => onChange(colour)}
          />
          <span class="story-swatch" data-colour={colour} aria-hidden="true" />
          {t(`colours.${colour}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** A small round mark in the author's colour, beside their name. */
export function Swatch({ colour }: { colour: AvatarColour | null }) {
  return <span class="story-swatch" data-colour={colour ?? "none"} aria-hidden="true" />;
}
