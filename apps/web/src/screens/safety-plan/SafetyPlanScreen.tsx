import { type PlanSections, planHasItems, planSectionsOf, SAFETY_PLAN_SECTIONS } from "@small-steps/core";
import { useEffect, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { readDraft } from "../../drafts/draftStore.ts";
import { downloadSafetyPlanPdf, type SafetyPlanPdfLabels } from "../../pdf/safetyPlanPdf.ts";
import { markToolUsed } from "../../sos/session.ts";
import { useLiveQuery } from "../../store/live.ts";
import { SosWayfinding } from "../../ui/SosWayfinding.tsx";
import { type Draft, draftOf, PLAN_DRAFT_KEY } from "./draft.ts";
import { PlanEditor } from "./PlanEditor.tsx";
import { PlanView } from "./PlanView.tsx";
import { loadSafetyPlan } from "./planStore.ts";
import "./safetyPlan.css";
import { useSpoken } from "../../ui/StatusMessage.tsx";

const longDate = (date: Date, language: string) =>
  new Intl.DateTimeFormat(language, { day: "numeric", month: "long", year: "numeric" }).format(date);

export function SafetyPlanScreen() {
  const { t, i18n } = useTranslation("safetyPlan");
  usePageTitle(t("title"));
  // Undefined while the store answers; null when there is no plan yet.
  const record = useLiveQuery(loadSafetyPlan, [], undefined);
  const [editing, setEditing] = useState<Draft | null>(null);
  const [status, announce, clearStatus] = useSpoken();
  const [making, setMaking] = useState(false);
  const [draftLeft, setDraftLeft] = useState(false);

  useEffect(() => {
    void markToolUsed("safetyPlan");
    void readDraft(PLAN_DRAFT_KEY).then((kept) => setDraftLeft(kept !== undefined));
  }, []);

  const plan: PlanSections = planSectionsOf(record);
  const hasPlan = planHasItems(plan);

  // A draft left mid-edit (the person stepped away, or closed the tab) reopens the editor,
  // which puts it back over the saved plan — once that plan is known, so "Start fresh" there
  // returns to it rather than to nothing.
  useEffect(() => {
    if (!draftLeft || record === undefined) return;
    setDraftLeft(false);
    setEditing((e) => e ?? draftOf(plan));
  }, [draftLeft, record]);

  const startEditing = () => {
    setEditing(draftOf(plan));
    clearStatus();
    // The first line of the first part, once the form is drawn.
    setTimeout(() => document.querySelector<HTMLInputElement>(".sp-row input")?.focus(), 0);
  };

  const leaveEditing = (message: string) => {
    setEditing(null);
    announce(message);
    setTimeout(() => document.getElementById("sp-title")?.focus(), 0);
  };

  async function savePdf() {
    if (making) return;
    setMaking(true);
    announce(t("status.pdfMaking"), { stays: true });
    const labels: SafetyPlanPdfLabels = {
      title: t("title"),
      made: t("pdf.made", { date: longDate(new Date(), i18n.language) }),
      sections: Object.fromEntries(
        SAFETY_PLAN_SECTIONS.map((s) => [s, t(`sections.${s}.heading`)]),
      ) as SafetyPlanPdfLabels["sections"],
      phone: (phone) => t("pdf.phone", { phone }),
      empty: t("view.nothingYet"),
      pageOf: (page, pages) => t("pdf.pageOf", { page, pages }),
      lossy: t("pdf.lossy"),
      language: i18n.language,
    };
    try {
      await downloadSafetyPlanPdf(plan, labels);
      announce(t("status.pdfReady"));
    } catch (err) {
      console.error(err);
      announce(t("status.pdfFailed"), { error: true });
    } finally {
      setMaking(false);
    }
  }

  return (
    <section class="stack safety-plan">
      <h1 id="sp-title" tabIndex={-1}>
        {t("title")}
      </h1>

      <p class="sp-status" role="status">
        <span key={status.n}>{status.text}</span>
      </p>

      {editing ? (
        <PlanEditor
          initial={editing}
          announce={announce}
          onSaved={() => leaveEditing(t("status.saved"))}
          onCancel={() => leaveEditing("")}
        />
      ) : record === undefined ? null : hasPlan ? (
        <>
          <div class="row sp-toolbar">
            <button type="button" class="primary" onClick={startEditing}>
              {t("actions.edit")}
            </button>
            <button type="button" onClick={() => window.print()}>
              {t("actions.print")}
            </button>
            <button type="button" onClick={() => void savePdf()} aria-disabled={making ? true : undefined}>
              {t("actions.pdf")}
            </button>
          </div>
          <PlanView plan={plan} />
          {record && (
            <p class="hint">
              {t("view.updated", { date: longDate(new Date(record.updatedAt), i18n.language) })}
            </p>
          )}
        </>
      ) : (
        <div class="card stack sp-invite">
          <p class="sp-invite-lead">{t("empty.body")}</p>
          <p>{t("empty.more")}</p>
          <div>
            <button type="button" class="primary" onClick={startEditing}>
              {t("empty.start")}
            </button>
          </div>
        </div>
      )}

      <SosWayfinding current="safetyPlan" />
    </section>
  );
}
