import type { GlimmerRecord } from "@small-steps/core";
import { useCallback, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { deleteRecord, restoreRecord } from "../../store/records.ts";
import { UndoToast } from "../../ui/UndoToast.tsx";
import { useUndo } from "../../ui/useUndo.ts";
import { FromBefore } from "./FromBefore.tsx";
import { GlimmerCapture } from "./GlimmerCapture.tsx";
import { GlimmerJar } from "./GlimmerJar.tsx";
import "./glimmers.css";
import { useSpoken } from "../../ui/StatusMessage.tsx";

export function GlimmersScreen() {
  const { t } = useTranslation("glimmers");
  usePageTitle(t("title"));
  const { pending, offer, dismiss } = useUndo();
  // A fresh node per message, so saying the same words twice is still announced.
  const [status, setStatus] = useSpoken();
  const [hasAny, setHasAny] = useState(false);

  const onDelete = useCallback(
    async (g: GlimmerRecord) => {
      await deleteRecord("glimmer", g.id);
      // The card is gone; the jar's heading is a calm place for focus to land.
      document.getElementById("jar-heading")?.focus();
      offer({ message: t("jar.deleted"), undo: () => restoreRecord("glimmer", g.id) });
    },
    [offer, t],
  );

  return (
    <section class="stack glimmers">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <GlimmerCapture onSaved={setStatus} />
      <p class="visually-hidden" role="status">
        <span key={status.n}>{status.text}</span>
      </p>
      {hasAny && <FromBefore />}
      <GlimmerJar onDelete={onDelete} onUpdated={setStatus} onCount={setHasAny} />
      {pending && (
        <UndoToast message={pending.message} onUndo={() => void pending.undo()} onDismiss={dismiss} />
      )}
    </section>
  );
}
