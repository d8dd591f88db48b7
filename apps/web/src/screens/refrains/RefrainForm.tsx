import { LIMITS } from "@small-steps/core";
import { useEffect, useRef } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { KeptDraftNotice } from "../../drafts/KeptDraftNotice.tsx";
import { type FieldProblem, useDraftForm } from "../../ui/useDraftForm.ts";

export interface RefrainDraft {
  oldScript: string;
  protected: string;
  newRefrain: string;
}

interface Props {
  /** Unique per form on the screen, for label and error ids. */
  idPrefix: string;
  /** Where what is typed is kept until saved or cancelled: "refrain:new" or "refrain:<id>". */
  draftKey: string;
  initial?: RefrainDraft;
  submitLabel: string;
  /** Resolves true when saved; the form then clears (new) or closes (edit). */
  onSubmit: (draft: RefrainDraft) => Promise<boolean>;
  onCancel?: () => void;
  autoFocus?: boolean;
}

const EMPTY: RefrainDraft = { oldScript: "", protected: "", newRefrain: "" };

/** The same three questions for a new refrain and for changing one. */
export function RefrainForm({
  idPrefix,
  draftKey,
  initial = EMPTY,
  submitLabel,
  onSubmit,
  onCancel,
  autoFocus,
}: Props) {
  const { t } = useTranslation("refrains");
  const refs = {
    oldScript: useRef<HTMLInputElement>(null),
    protected: useRef<HTMLInputElement>(null),
    newRefrain: useRef<HTMLTextAreaElement>(null),
  };
  const id = (name: string) => `${idPrefix}-${name}`;

  useEffect(() => {
    if (autoFocus) refs.oldScript.current?.focus();
  }, []);

  function problem(draft: RefrainDraft): FieldProblem<keyof RefrainDraft> | null {
    for (const field of ["oldScript", "protected", "newRefrain"] as const) {
      if (draft[field].trim().length > LIMITS.noteText) {
        return { field, message: t("form.tooLong", { max: LIMITS.noteText }) };
      }
    }
    if (!draft.newRefrain.trim()) return { field: "newRefrain", message: t("form.empty") };
    return null;
  }

  const { draft, error, submit, update, kept } = useDraftForm<RefrainDraft, keyof RefrainDraft>({
    initial,
    refs,
    validate: problem,
    save: onSubmit,
    failField: "newRefrain",
    resetTo: onCancel ? undefined : EMPTY,
    draftKey,
  });

  const describedBy = (field: keyof RefrainDraft) =>
    [id(`${field}-hint`), error?.field === field ? id("error") : ""].filter(Boolean).join(" ");

  const errorFor = (field: keyof RefrainDraft) =>
    error?.field === field && (
      <p id={id("error")} class="error-message">
        {error.message}
      </p>
    );

  return (
    <form class="stack" onSubmit={submit} noValidate>
      <KeptDraftNotice kept={kept} />
      <div class="field">
        <label for={id("old")}>{t("form.oldLabel")}</label>
        <p id={id("oldScript-hint")} class="hint">
          {t("form.oldHint")}
        </p>
        <input
          ref={refs.oldScript}
          id={id("old")}
          type="text"
          autocomplete="off"
          value={draft.oldScript}
          placeholder={t("form.oldPlaceholder")}
          aria-describedby={describedBy("oldScript")}
          aria-invalid={error?.field === "oldScript" ? true : undefined}
          onInput={update("oldScript")}
        />
        {errorFor("oldScript")}
      </div>
      <div class="field">
        <label for={id("protected")}>{t("form.protectedLabel")}</label>
        <p id={id("protected-hint")} class="hint">
          {t("form.protectedHint")}
        </p>
        <input
          ref={refs.protected}
          id={id("protected")}
          type="text"
          autocomplete="off"
          value={draft.protected}
          placeholder={t("form.protectedPlaceholder")}
          aria-describedby={describedBy("protected")}
          aria-invalid={error?.field === "protected" ? true : undefined}
          onInput={update("protected")}
        />
        {errorFor("protected")}
      </div>
      <div class="field">
        <label for={id("new")}>{t("form.newLabel")}</label>
        <p id={id("newRefrain-hint")} class="hint">
          {t("form.newHint")}
        </p>
        <textarea
          ref={refs.newRefrain}
          id={id("new")}
          rows={3}
          value={draft.newRefrain}
          placeholder={t("form.newPlaceholder")}
          aria-describedby={describedBy("newRefrain")}
          aria-invalid={error?.field === "newRefrain" ? true : undefined}
          onInput={update("newRefrain")}
        />
        {errorFor("newRefrain")}
      </div>
      <div class="row">
        <button type="submit" class="primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button
            type="button"
            onClick={() => {
              kept.clear();
              onCancel();
            }}
          >
            {t("list.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
