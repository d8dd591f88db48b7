import { AVATAR_COLOURS } from "@small-steps/sync";
import { useTranslation } from "react-i18next";
import { Choices } from "../Choices.tsx";
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
      <Choices
        type="radio"
        name="story-avatar-colour"
        options={AVATAR_COLOURS}
        isChecked={(colour) => value === colour}
        onChange={(colour) => onChange(colour)}
        label={(colour) => (
          <>
            <span class="story-swatch" data-colour={colour} aria-hidden="true" />
            {t(`colours.${colour}`)}
          </>
        )}
      />
    </fieldset>
  );
}

/** A small round mark in the author's colour, beside their name. */
export function Swatch({ colour }: { colour: AvatarColour | null }) {
  return <span class="story-swatch" data-colour={colour ?? "none"} aria-hidden="true" />;
}
