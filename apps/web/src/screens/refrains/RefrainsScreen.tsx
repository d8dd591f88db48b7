import type { RefrainRecord } from "@small-steps/core";
import { useCallback } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";
import { createRecord, deleteRecord, restoreRecord } from "../../store/records.ts";
import { UndoToast } from "../../ui/UndoToast.tsx";
import { useUndo } from "../../ui/useUndo.ts";
import { RefrainCard, toFields } from "./RefrainCard.tsx";
import { RefrainForm } from "./RefrainForm.tsx";
import "./refrains.css";
import { useSpoken } from "../../ui/StatusMessage.tsx";

export function RefrainsScreen() {
  const { t } = useTranslation("refrains");
  usePageTitle(t("title"));
  const { pending, offer, dismiss } = useUndo();
  const [status, setStatus] = useSpoken();

  // Newest first; a favourite stays where it is, so the list doesn't jump under the person.
  const refrains = useLiveQuery(async () => {
    const all = (await db.refrains.toArray()).filter((r) => !r.deleted);
    return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }, []);

  const onDelete = useCallback(
    async (r: RefrainRecord) => {
      await deleteRecord("refrain", r.id);
      document.getElementById("refrains-heading")?.focus();
      offer({ message: t("list.deleted"), undo: () => restoreRecord("refrain", r.id) });
    },
    [offer, t],
  );

  return (
    <section class="stack refrains">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>

      <section class="card stack" aria-labelledby="refrain-form-heading">
        <h2 id="refrain-form-heading">{t("form.heading")}</h2>
        <RefrainForm
          idPrefix="refrain"
          draftKey="refrain:new"
          submitLabel={t("form.save")}
          onSubmit={async (draft) => {
            await createRecord("refrain", { ...toFields(draft), favourite: false });
            setStatus(t("form.saved"));
            return true;
          }}
        />
      </section>

      <p class="visually-hidden" role="status">
        <span key={status.n}>{status.text}</span>
      </p>

      {refrains && (
        <section class="stack" aria-labelledby="refrains-heading">
          <h2 id="refrains-heading" tabIndex={-1}>
            {t("list.heading")}
          </h2>
          {refrains.length === 0 ? (
            <p class="card">{t("list.empty")}</p>
          ) : (
            <>
              <p class="hint">{t("list.favouriteHint")}</p>
              <ul class="plain-list">
                {refrains.map((r) => (
                  <RefrainCard key={r.id} refrain={r} onDelete={onDelete} onStatus={setStatus} />
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {pending && (
        <UndoToast message={pending.message} onUndo={() => void pending.undo()} onDismiss={dismiss} />
      )}
    </section>
  );
}
