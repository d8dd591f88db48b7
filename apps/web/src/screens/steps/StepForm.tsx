import { LIMITS, NEEDS, type NeedId, STEP_CATEGORIES, type StepCategory } from "@small-steps/core";
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { CancelButton } from "../../drafts/CancelButton.tsx";
import { KeptDraftNotice } from "../../drafts/KeptDraftNotice.tsx";
import { useKeptDraft } from "../../drafts/useKeptDraft.ts";

export interface StepDraft {
  title: string;
  category: StepCategory;
  needs: NeedId[];
}

interface Props {
  mode: "add" | "edit";
  initial: StepDraft;
  /** Resolves when saved; a rejection keeps everything typed and shows a kind message. */
  onSave: (draft: StepDraft) => Promise<void>;
  onCancel?: () => void;
  onArchive?: () => void;
  /** Where what is typed is kept until saved or cancelled; a new step's is "step:new". */
  draftKey?: string;
}

type TitleError = "empty" | "tooLong" | null;

/** Add or change a step. Nothing typed is lost on a mistake; the message says what would help. */
export function StepForm({ mode, initial, onSave, onCancel, onArchive, draftKey }: Props) {
  const { t } = useTranslation("steps");
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft, kept] = useKeptDraft<StepDraft>(
    draftKey ?? (mode === "add" ? "step:new" : undefined),
    initial,
  );
  const [titleError, setTitleError] = useState<TitleError>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  // Opening a step to change it puts the cursor where the change usually starts.
  useEffect(() => {
    if (mode === "edit") titleRef.current?.focus();
  }, [mode]);

  async function submit(e: Event) {
    e.preventDefault();
    const title = draft.title.trim();
    const problem: TitleError = title === "" ? "empty" : title.length > LIMITS.shortText ? "tooLong" : null;
    setTitleError(problem);
    if (problem) {
      titleRef.current?.focus();
      return;
    }
    setBusy(true);
    setSaveFailed(false);
    try {
      await onSave({ ...draft, title });
      kept.clear();
      if (mode === "add") setDraft({ ...initial, title: "" });
    } catch (err) {
      console.error(err);
      setSaveFailed(true);
    } finally {
      setBusy(false);
    }
  }

  const toggleNeed = (need: NeedId, on: boolean) =>
    setDraft((d) => ({
      ...d,
      needs: on ? NEEDS.filter((n) => n === need || d.needs.includes(n)) : d.needs.filter((n) => n !== need),
    }));

  const headingId = `${id}-h`;
  const errorId = `${id}-err`;
  const hintId = `${id}-hint`;
  return (
    <form class="step-form stack" onSubmit={submit} aria-labelledby={headingId} noValidate>
      <h3 id={headingId}>{t(mode === "add" ? "form.addHeading" : "form.editHeading")}</h3>
      <KeptDraftNotice kept={kept} />
      <div class="field">
        <label for={`${id}-title`}>{t("form.title")}</label>
        <p class="hint" id={hintId}>
          {t("form.titleHint")}
        </p>
        <input
          ref={titleRef}
          id={`${id}-title`}
          type="text"
          autoComplete="off"
          value={draft.title}
          onInput={(e) => setDraft((d) => ({ ...d, title: e.currentTarget.value }))}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? `${errorId} ${hintId}` : hintId}
        />
        {titleError && (
          <p class="error-message" id={errorId}>
            {titleError === "empty"
              ? t("form.titleEmpty")
              : t("form.titleTooLong", { max: LIMITS.shortText })}
          </p>
        )}
      </div>
      <div class="field">
        <label for={`${id}-category`}>{t("form.category")}</label>
        <select
          id={`${id}-category`}
          value={draft.category}
          onChange={(e) => setDraft((d) => ({ ...d, category: e.currentTarget.value as StepCategory }))}
        >
          {STEP_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="choice-group">
        <legend>{t("form.needs")}</legend>
        {NEEDS.map((n) => (
          <label key={n} class="choice">
            <input
              type="checkbox"
              checked={draft.needs.includes(n)}
              onChange={(e) => toggleNeed(n, e.currentTarget.checked)}
            />
            {t(`today:need.${n}`)}
          </label>
        ))}
      </fieldset>
      <div aria-live="polite">{saveFailed && <p class="error-message">{t("form.saveFailed")}</p>}</div>
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>
          {t(mode === "add" ? "form.add" : "form.save")}
        </button>
        <CancelButton kept={kept} onCancel={onCancel}>
          {t("form.cancel")}
        </CancelButton>
        {onArchive && (
          <button type="button" class="quiet" onClick={onArchive}>
            {t("form.archive")}
          </button>
        )}
      </div>
    </form>
  );
}
