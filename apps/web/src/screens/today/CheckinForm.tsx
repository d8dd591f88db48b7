import { LIMITS, PLACES } from "@small-steps/core";
import { useId, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { CancelButton } from "../../drafts/CancelButton.tsx";
import { KeptDraftNotice } from "../../drafts/KeptDraftNotice.tsx";
import { useKeptDraft } from "../../drafts/useKeptDraft.ts";
import type { CheckinDraft } from "./draft.ts";
import { FeelingsFieldset } from "./FeelingsFieldset.tsx";
import { NeedsFieldset } from "./NeedsFieldset.tsx";

interface Props {
  initial: CheckinDraft;
  /** Set when changing an earlier check-in: the time it was made, as shown to the person. */
  editingTime?: string;
  onSave: (draft: CheckinDraft) => Promise<void>;
  onCancel?: () => void;
  /**
   * Where the answers are kept until saved or cancelled: a new check-in's are "checkin:new";
   * changing an earlier one keeps them only when given a key ("checkin:<id>").
   */
  draftKey?: string;
}

/**
 * "What do I need right now?": body, then feelings, then where the person is, then a note.
 * Every part is skippable; saving with nothing chosen is a complete check-in too.
 */
export function CheckinForm({ initial, editingTime, onSave, onCancel, draftKey }: Props) {
  const { t } = useTranslation("today");
  const id = useId();
  const [draft, setDraft, kept] = useKeptDraft<CheckinDraft>(
    draftKey ?? (editingTime ? undefined : "checkin:new"),
    initial,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: Event) {
    e.preventDefault();
    if (draft.note.length > LIMITS.noteText) {
      setError(t("checkin.note.tooLong", { max: LIMITS.noteText }));
      document.getElementById(`${id}-note`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSave(draft);
      kept.clear();
    } catch (err) {
      console.error(err);
      setError(t("saveFailed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="checkin-form stack" onSubmit={submit} noValidate>
      {editingTime && <p class="editing-note">{t("checkin.editing", { time: editingTime })}</p>}
      <KeptDraftNotice kept={kept} />
      <NeedsFieldset
        needs={draft.needs}
        onChange={(need, answer) =>
          setDraft((d) => {
            const needs = { ...d.needs };
            if (answer) needs[need] = answer;
            else delete needs[need];
            return { ...d, needs };
          })
        }
      />
      <FeelingsFieldset
        feelings={draft.feelings}
        onChange={(feeling, intensity) =>
          setDraft((d) => {
            const feelings = { ...d.feelings };
            if (intensity === undefined) delete feelings[feeling];
            else feelings[feeling] = intensity;
            return { ...d, feelings };
          })
        }
      />
      <fieldset class="choice-group">
        <legend>{t("checkin.place.legend")}</legend>
        {PLACES.map((p) => (
          <label key={p} class="choice">
            <input
              type="radio"
              name={`${id}-place`}
              value={p}
              checked={draft.place === p}
              onChange={() => setDraft((d) => ({ ...d, place: p }))}
            />
            {t(`place.${p}`)}
          </label>
        ))}
        {draft.place && (
          <button type="button" class="quiet" onClick={() => setDraft((d) => ({ ...d, place: undefined }))}>
            {t("checkin.place.clear")}
          </button>
        )}
      </fieldset>
      <div class="field">
        <label for={`${id}-note`}>{t("checkin.note.label")}</label>
        <textarea
          id={`${id}-note`}
          value={draft.note}
          onInput={(e) => setDraft((d) => ({ ...d, note: e.currentTarget.value }))}
          aria-invalid={error && draft.note.length > LIMITS.noteText ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      <div aria-live="polite">
        {error && (
          <p class="error-message" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {t(editingTime ? "checkin.saveChanges" : "checkin.save")}
        </button>
        <CancelButton kept={kept} onCancel={onCancel}>
          {t("checkin.cancelEdit")}
        </CancelButton>
      </div>
    </form>
  );
}
