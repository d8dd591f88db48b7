import { CONTENT_NOTES } from "@small-steps/sync";
import type { Ref } from "preact";
import { useTranslation } from "react-i18next";
import { Choices } from "../Choices.tsx";
import { describedBy, FieldProblem } from "./FieldProblem.tsx";
import { chooseNone, type NotesChoice, toggleNote } from "./storyDraft.ts";

interface Props {
  choice: NotesChoice;
  onChange: (choice: NotesChoice) => void;
  problem: string | null;
  /** The first checkbox, where focus goes when a choice is still needed. */
  firstRef: Ref<HTMLInputElement>;
}

/**
 * Content notes (ST3): tick the ones that fit, or "None of these" on purpose. The two never mix:
 * ticking a note unticks "none", and ticking "none" unticks the notes. Nothing ticked is not a
 * choice, so saving asks, gently, for one.
 */
export function NotesField({ choice, onChange, problem, firstRef }: Props) {
  const { t } = useTranslation("storiesWrite");
  return (
    <fieldset
      class="choice-group"
      aria-describedby={describedBy("story-notes-hint", problem && "story-notes-problem")}
    >
      <legend>{t("form.notesLegend")}</legend>
      <p id="story-notes-hint" class="hint story-group-hint">
        {t("form.notesHint")}
      </p>
      <Choices
        type="checkbox"
        name="story-notes"
        options={CONTENT_NOTES}
        isChecked={(note) => choice.notes.includes(note)}
        onChange={(note, checked) => onChange(toggleNote(choice, note, checked))}
        label={(note) => t(`notes.${note}`)}
        firstRef={firstRef}
      />
      <label class="choice story-none">
        <input
          type="checkbox"
          name="story-notes"
          value="none"
          checked={choice.none}
          onChange={(e) => onChange(chooseNone(choice, e.currentTarget.checked))}
        />
        {t("notes.none")}
      </label>
      <FieldProblem id="story-notes-problem" text={problem} />
    </fieldset>
  );
}
