import type { ContactRecord } from "@small-steps/core";
import { useCallback, useEffect } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { markToolUsed } from "../../sos/session.ts";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";
import { createRecord, deleteRecord, restoreRecord } from "../../store/records.ts";
import { SosWayfinding } from "../../ui/SosWayfinding.tsx";
import { UndoToast } from "../../ui/UndoToast.tsx";
import { useUndo } from "../../ui/useUndo.ts";
import { CircleHint, CircleReachOut } from "./CircleReachOut.tsx";
import { ContactCard, contactFields } from "./ContactCard.tsx";
import { ContactForm } from "./ContactForm.tsx";
import "./reachOut.css";
import { useSpoken } from "../../ui/StatusMessage.tsx";

export function ReachOutScreen() {
  const { t } = useTranslation("reachOut");
  usePageTitle(t("title"));
  const { pending, offer, dismiss } = useUndo();
  const [status, setStatus] = useSpoken();

  useEffect(() => {
    void markToolUsed("reachOut");
  }, []);

  // In the order they were added, so the people the person thought of first stay first.
  const contacts = useLiveQuery(async () => {
    const all = (await db.contacts.toArray()).filter((c) => !c.deleted);
    return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }, []);

  const onDelete = useCallback(
    async (c: ContactRecord) => {
      await deleteRecord("contact", c.id);
      document.getElementById("ro-list-heading")?.focus();
      offer({ message: t("removed", { name: c.name }), undo: () => restoreRecord("contact", c.id) });
    },
    [offer, t],
  );

  return (
    <section class="stack reach-out">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>

      <CircleReachOut />

      <p class="visually-hidden" role="status">
        <span key={status.n}>{status.text}</span>
      </p>

      {contacts && (
        <section class="stack" aria-labelledby="ro-list-heading">
          <h2 id="ro-list-heading" tabIndex={-1}>
            {t("listHeading")}
          </h2>
          {contacts.length === 0 ? (
            <p class="card">{t("empty")}</p>
          ) : (
            <ul class="plain-list">
              {contacts.map((c) => (
                <ContactCard key={c.id} contact={c} onDelete={onDelete} onStatus={setStatus} />
              ))}
            </ul>
          )}
        </section>
      )}

      <CircleHint />

      <p>
        {t("crisis")} <a href="/crisis-lines">{t("crisisLink")}</a>
      </p>

      <section class="card stack" aria-labelledby="ro-form-heading">
        <h2 id="ro-form-heading">{t("form.addHeading")}</h2>
        <ContactForm
          idPrefix="contact"
          draftKey="contact:new"
          initial={{ name: "", phone: "", message: t("form.defaultMessage") }}
          submitLabel={t("form.add")}
          onSubmit={async (draft) => {
            const fields = contactFields(draft);
            await createRecord("contact", fields);
            setStatus(t("added", { name: fields.name }));
            return true;
          }}
        />
      </section>

      <SosWayfinding />

      {pending && (
        <UndoToast message={pending.message} onUndo={() => void pending.undo()} onDismiss={dismiss} />
      )}
    </section>
  );
}
