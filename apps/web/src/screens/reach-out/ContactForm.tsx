import { LIMITS, phoneProblem } from "@small-steps/core";
import { useEffect, useRef } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { KeptDraftNotice } from "../../drafts/KeptDraftNotice.tsx";
import { type FieldProblem, useDraftForm } from "../../ui/useDraftForm.ts";

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
export function ContactForm({
  idPrefix,
  draftKey,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  autoFocus,
}: Props) {
  const { t } = useTranslation("reachOut");
  const refs = {
    name: useRef<HTMLInputElement>(null),
    phone: useRef<HTMLInputElement>(null),
    message: useRef<HTMLTextAreaElement>(null),
  };
  const id = (name: string) => `${idPrefix}-${name}`;

  useEffect(() => {
    if (autoFocus) refs.name.current?.focus();
  }, []);

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

  const { draft, error, submit, update, kept } = useDraftForm<ContactDraft, Field>({
    initial,
    refs,
    validate: problem,
    save: onSubmit,
    failField: "name",
    resetTo: onCancel ? undefined : initial,
    draftKey,
  });

  const describedBy = (field: Field) =>
    [id(`${field}-hint`), error?.field === field ? id("error") : ""].filter(Boolean).join(" ");
  const errorFor = (field: Field) =>
    error?.field === field && (
      <p id={id("error")} class="error-message">
        {error.message}
      </p>
    );

  return (
    <form class="stack ro-form" onSubmit={submit} noValidate>
      <KeptDraftNotice kept={kept} />
      <div class="field">
        <label for={id("name")}>{t("form.name")}</label>
        <p id={id("name-hint")} class="hint">
          {t("form.nameHint")}
        </p>
        <input
          ref={refs.name}
          id={id("name")}
          type="text"
          autocomplete="off"
          value={draft.name}
          aria-describedby={describedBy("name")}
          aria-invalid={error?.field === "name" ? true : undefined}
          onInput={update("name")}
        />
        {errorFor("name")}
      </div>
      <div class="field">
        <label for={id("phone")}>{t("form.phone")}</label>
        <p id={id("phone-hint")} class="hint">
          {t("form.phoneHint")}
        </p>
        <input
          ref={refs.phone}
          id={id("phone")}
          type="tel"
          inputMode="tel"
          autocomplete="off"
          value={draft.phone}
          aria-describedby={describedBy("phone")}
          aria-invalid={error?.field === "phone" ? true : undefined}
          onInput={update("phone")}
        />
        {errorFor("phone")}
      </div>
      <div class="field">
        <label for={id("message")}>{t("form.message")}</label>
        <p id={id("message-hint")} class="hint">
          {t("form.messageHint")}
        </p>
        <textarea
          ref={refs.message}
          id={id("message")}
          rows={2}
          value={draft.message}
          aria-describedby={describedBy("message")}
          aria-invalid={error?.field === "message" ? true : undefined}
          onInput={update("message")}
        />
        {errorFor("message")}
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
            {t("form.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
