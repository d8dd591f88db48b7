import { type ContactRecord, smsHref, telHref } from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { useEditingCard } from "../../drafts/useEditingCard.ts";
import { updateRecord } from "../../store/records.ts";
import { type ContactDraft, ContactForm } from "./ContactForm.tsx";

interface Props {
  contact: ContactRecord;
  onDelete: (contact: ContactRecord) => void;
  onStatus: (message: string) => void;
}

export const contactFields = (d: ContactDraft) => ({
  name: d.name.trim(),
  phone: d.phone.trim() || undefined,
  message: d.message.trim() || undefined,
});

/** Someone the person trusts: one tap to call, one to send the message they wrote. */
export function ContactCard({ contact, onDelete, onStatus }: Props) {
  const { t } = useTranslation("reachOut");
  const { editing, autoFocus, editButton, open, close } = useEditingCard(`contact:${contact.id}`);
  const name = contact.name;

  if (editing) {
    return (
      <li class="card stack ro-contact">
        <h3>{t("form.editHeading", { name })}</h3>
        <ContactForm
          idPrefix={`edit-${contact.id}`}
          draftKey={`contact:${contact.id}`}
          autoFocus={autoFocus}
          initial={{ name, phone: contact.phone ?? "", message: contact.message ?? "" }}
          submitLabel={t("form.save")}
          onCancel={close}
          onSubmit={async (draft) => {
            await updateRecord("contact", contact.id, contactFields(draft));
            close();
            onStatus(t("updated"));
            return true;
          }}
        />
      </li>
    );
  }

  return (
    <li class="card ro-contact">
      <h3 class="ro-name">{name}</h3>
      {contact.phone ? (
        <div class="ro-actions">
          <a class="button primary" href={telHref(contact.phone)}>
            {t("call", { name })}
          </a>
          <a class="button primary" href={smsHref(contact.phone, contact.message)}>
            {t("text", { name })}
          </a>
        </div>
      ) : (
        <p class="hint">{t("noPhone", { name })}</p>
      )}
      {contact.message && (
        <figure class="ro-message">
          <figcaption class="hint">{t("yourMessage")}</figcaption>
          <blockquote>{contact.message}</blockquote>
        </figure>
      )}
      <div class="row ro-manage">
        <button ref={editButton} type="button" aria-label={t("editName", { name })} onClick={open}>
          {t("edit")}
        </button>
        <button
          type="button"
          class="quiet"
          aria-label={t("removeName", { name })}
          onClick={() => onDelete(contact)}
        >
          {t("remove")}
        </button>
      </div>
    </li>
  );
}
