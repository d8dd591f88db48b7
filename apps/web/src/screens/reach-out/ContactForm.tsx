import { LIMITS, phoneProblem } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { FieldsForm } from "../../ui/FieldsForm.tsx";
import type { FieldProblem } from "../../ui/useDraftForm.ts";

export interface ContactDraft {
  name: string;
  phone: string;
  message: string;
}
type Field = keyof ContactDraft;

interface Props {
  /** Unique per form on the screen, for label and error ids. */
  idPrefix: string;
  /** Where what is typed is kept until saved or cancelled: "contact:new" or "contact:<id>". */
  draftKey: string;
  initial: ContactDraft;
  submitLabel: string;
  /** Resolves true when saved; a new-contact form then starts again. */
  onSubmit: (draft: ContactDraft) => Promise<boolean>;
  onCancel?: () => void;
  autoFocus?: boolean;
}

const NAME_MAX = LIMITS.shortText;
const MESSAGE_MAX = LIMITS.shortText * 2;

/** Name, number and message: the same form for someone new and for changing someone. */
export function ContactForm({ initial, onCancel, ...props }: Props) {
  const { t } = useTranslation("reachOut");

  function problem(draft: ContactDraft): FieldProblem<Field> | null {
    const name = draft.name.trim();
    if (!name) return { field: "name", message: t("form.errors.nameMissing") };
    if (name.length > NAME_MAX)
      return { field: "name", message: t("form.errors.nameTooLong", { max: NAME_MAX }) };
    const p = phoneProblem(draft.phone);
    if (p) return { field: "phone", message: t(`form.errors.${p === "tooLong" ? "phoneTooLong" : p}`) };
    if (draft.message.trim().length > MESSAGE_MAX) {
      return { field: "message", message: t("form.errors.messageTooLong", { max: MESSAGE_MAX }) };
    }
    return null;
  }

  return (
    <FieldsForm<ContactDraft, Field>
      {...props}
      class="stack ro-form"
      initial={initial}
      validate={problem}
      failField="name"
      resetTo={onCancel ? undefined : initial}
      onCancel={onCancel}
      cancelLabel={t("form.cancel")}
      fields={[
        { name: "name", label: t("form.name"), hint: t("form.nameHint") },
        { name: "phone", label: t("form.phone"), hint: t("form.phoneHint"), type: "tel" },
        { name: "message", label: t("form.message"), hint: t("form.messageHint"), rows: 2 },
      ]}
    />
  );
}
