import { LIMITS } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { FieldsForm } from "../../ui/FieldsForm.tsx";
import type { FieldProblem } from "../../ui/useDraftForm.ts";

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
export function RefrainForm({ initial = EMPTY, onCancel, ...props }: Props) {
  const { t } = useTranslation("refrains");

  function problem(draft: RefrainDraft): FieldProblem<keyof RefrainDraft> | null {
    for (const field of ["oldScript", "protected", "newRefrain"] as const) {
      if (draft[field].trim().length > LIMITS.noteText) {
        return { field, message: t("form.tooLong", { max: LIMITS.noteText }) };
      }
    }
    if (!draft.newRefrain.trim()) return { field: "newRefrain", message: t("form.empty") };
    return null;
  }

  return (
    <FieldsForm<RefrainDraft, keyof RefrainDraft>
      {...props}
      initial={initial}
      validate={problem}
      failField="newRefrain"
      resetTo={onCancel ? undefined : EMPTY}
      onCancel={onCancel}
      cancelLabel={t("list.cancel")}
      fields={[
        {
          name: "oldScript",
          label: t("form.oldLabel"),
          hint: t("form.oldHint"),
          placeholder: t("form.oldPlaceholder"),
        },
        {
          name: "protected",
          label: t("form.protectedLabel"),
          hint: t("form.protectedHint"),
          placeholder: t("form.protectedPlaceholder"),
        },
        {
          name: "newRefrain",
          label: t("form.newLabel"),
          hint: t("form.newHint"),
          placeholder: t("form.newPlaceholder"),
          rows: 3,
        },
      ]}
    />
  );
}
