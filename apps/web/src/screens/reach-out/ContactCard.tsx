import { type ContactRecord, smsHref, telHref } from "@small-steps/core";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
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
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const name = contact.name;

  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  if (editing) {
    return (
      <li class="card stack ro-contact">
        <h3>{t("form.editHeading", { name })}</h3>
        <ContactForm
          idPrefix={`edit-${contact.id}`}
          autoFocus
          initial={{ name, phone: contact.phone ?? "", message: contact.message ?? "" }}
          submitLabel={t("form.save")}
          onCancel={() => setEditing(false)}
          onSubmit={async (draft) => {
            await updateRecord("contact", contact.id, contactFields(draft));
            setEditing(false);
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
        <button
          ref={editButton}
          type="button"
          aria-label={t("editName", { name })}
          onClick={() => setEditing(true)}
        >
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
