import { localDayKey, STEP_CATEGORIES, STEP_LIBRARY, type StepRecord } from "@small-steps/core";
import { useMemo, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { createRecord, deleteRecord, nowFields, updateRecord } from "../../store/records.ts";
import { UndoToast } from "../../ui/UndoToast.tsx";
import { useUndo } from "../../ui/useUndo.ts";
import { ArchivedSteps } from "./ArchivedSteps.tsx";
import { useSteps, useWeekLogs } from "./data.ts";
import { type StepDraft, StepForm } from "./StepForm.tsx";
import { StepItem } from "./StepItem.tsx";
import { stepTitle } from "./stepTitle.ts";
import { WeekView } from "./WeekView.tsx";
import "./steps.css";
import { useFleetingText } from "../../ui/StatusMessage.tsx";

const LIBRARY_ORDER = new Map(STEP_LIBRARY.map((s, i) => [s.key, i]));
const libraryIndex = (s: StepRecord) => LIBRARY_ORDER.get(s.libraryKey ?? "") ?? STEP_LIBRARY.length;

/**
 * Focus moves after the DOM has caught up, so keyboard users keep their place; the first
 * selector still on the page wins (a section may have just emptied and gone).
 */
function focusLater(...selectors: string[]) {
  setTimeout(() => {
    for (const s of selectors) {
      const el = document.querySelector<HTMLElement>(s);
      if (el) return el.focus();
    }
  }, 0);
}

export function StepsScreen() {
  const { t } = useTranslation("steps");
  usePageTitle(t("title"));
  const today = localDayKey(new Date());
  const steps = useSteps();
  const weekLogs = useWeekLogs(today);
  const { pending, offer, dismiss } = useUndo();
  const [toastKey, setToastKey] = useState(0);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [status, setStatus] = useFleetingText();

  const stepsById = useMemo(() => new Map((steps ?? []).map((s) => [s.id, s])), [steps]);
  const loggedToday = useMemo(
    () => new Set((weekLogs ?? []).filter((l) => l.day === today).map((l) => l.stepId)),
    [weekLogs, today],
  );
  const active = (steps ?? []).filter((s) => !s.archived);
  const own = active
    .filter((s) => s.libraryKey === undefined)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const library = active
    .filter((s) => s.libraryKey !== undefined)
    .sort((a, b) => libraryIndex(a) - libraryIndex(b));
  const archived = (steps ?? []).filter((s) => s.archived);

  function undoable(message: string, undo: () => Promise<void>) {
    setToastKey((k) => k + 1);
    offer({ message, undo });
  }

  async function log(step: StepRecord) {
    try {
      const entry = await createRecord("stepLog", { stepId: step.id, ...nowFields() });
      undoable(t("logged"), () => deleteRecord("stepLog", entry.id));
    } catch (err) {
      console.error(err);
      setStatus(t("form.saveFailed"), { error: true });
    }
  }

  async function add(draft: StepDraft) {
    await createRecord("step", { ...draft, archived: false });
    setStatus(t("form.added", { title: draft.title }));
  }

  async function saveEdit(step: StepRecord, draft: StepDraft) {
    // Keeping a library step's own name leaves it translatable; only a real rename is stored.
    const libraryName = step.libraryKey ? t(`library:${step.libraryKey}`) : undefined;
    const title = draft.title === libraryName ? undefined : draft.title;
    await updateRecord("step", step.id, { title, category: draft.category, needs: draft.needs });
    setEditingId(null);
    setStatus(t("form.saved"));
    focusLater(`[data-edit-step="${step.id}"]`);
  }

  async function archive(step: StepRecord, groupHeadingId: string) {
    try {
      await updateRecord("step", step.id, { archived: true });
      setEditingId(null);
      undoable(t("archived.toast"), async () => {
        await updateRecord("step", step.id, { archived: false });
      });
      focusLater(`#${groupHeadingId}`, "#steps-library-h");
    } catch (err) {
      console.error(err);
      setStatus(t("form.saveFailed"), { error: true });
    }
  }

  async function restore(step: StepRecord) {
    await updateRecord("step", step.id, { archived: false });
    setStatus(t("archived.restored", { title: stepTitle(step, t) }));
    focusLater("#steps-archived-summary", "#steps-library-h");
  }

  const renderList = (list: StepRecord[], groupHeadingId: string) => (
    <ul class="step-list">
      {list.map((s) => (
        <StepItem
          key={s.id}
          step={s}
          loggedToday={loggedToday.has(s.id)}
          editing={editingId === s.id}
          onLog={() => void log(s)}
          onEdit={() => setEditingId(s.id)}
          onCancelEdit={() => {
            setEditingId(null);
            focusLater(`[data-edit-step="${s.id}"]`);
          }}
          onSave={(d) => saveEdit(s, d)}
          onArchive={() => void archive(s, groupHeadingId)}
        />
      ))}
    </ul>
  );

  return (
    <section class="steps-screen stack">
      <h1>{t("title")}</h1>
      <p class="hint">{t("intro")}</p>
      <p role="status" class="visually-hidden">
        {status}
      </p>
      {steps && weekLogs && <WeekView today={today} logs={weekLogs} stepsById={stepsById} />}

      <section class="stack" aria-labelledby="steps-own-h">
        <h2 id="steps-own-h" tabIndex={-1}>
          {t("own.heading")}
        </h2>
        {own.length > 0 ? renderList(own, "steps-own-h") : steps && <p class="hint">{t("own.empty")}</p>}
        <div class="card">
          <StepForm mode="add" initial={{ title: "", category: "body", needs: [] }} onSave={add} />
        </div>
      </section>

      <section class="stack" aria-labelledby="steps-library-h">
        <h2 id="steps-library-h" tabIndex={-1}>
          {t("library.heading")}
        </h2>
        {STEP_CATEGORIES.map((c) => {
          const inCategory = library.filter((s) => s.category === c);
          if (inCategory.length === 0) return null;
          const headingId = `steps-cat-${c}`;
          return (
            <section key={c} aria-labelledby={headingId} class="step-category">
              <h3 id={headingId} tabIndex={-1}>
                {t(`category.${c}`)}
              </h3>
              {renderList(inCategory, headingId)}
            </section>
          );
        })}
      </section>

      {archived.length > 0 && <ArchivedSteps steps={archived} onRestore={(s) => void restore(s)} />}

      {pending && (
        <UndoToast
          key={toastKey}
          message={pending.message}
          onUndo={() => void pending.undo()}
          onDismiss={dismiss}
        />
      )}
    </section>
  );
}
