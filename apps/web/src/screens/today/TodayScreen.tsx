import {
  type CheckinRecord,
  isReturnDay,
  localDayKey,
  type StepRecord,
  suggestStep,
} from "@small-steps/core";
import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { createRecord, deleteRecord, nowFields, restoreRecord, updateRecord } from "../../store/records.ts";
import { UndoToast } from "../../ui/UndoToast.tsx";
import { useUndo } from "../../ui/useUndo.ts";
import { CheckinForm } from "./CheckinForm.tsx";
import { suggestionInputs, usePreviousActiveDay, useTodayCheckins } from "./data.ts";
import { type CheckinDraft, draftFromRecord, emptyDraft, fieldsFromDraft } from "./draft.ts";
import { EarlierToday } from "./EarlierToday.tsx";
import { RefrainsCard } from "./RefrainsCard.tsx";
import { SuggestionCard } from "./SuggestionCard.tsx";
import { WeekLine } from "./WeekLine.tsx";
import "./today.css";
import { useFleetingText } from "../../ui/StatusMessage.tsx";

interface Shown {
  step: StepRecord | undefined;
  loggedId: string | null;
}

function focusLater(id: string) {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}

export function TodayScreen() {
  const { t, i18n } = useTranslation("today");
  usePageTitle(t("title"));
  const today = localDayKey(new Date());
  const checkins = useTodayCheckins(today);
  const previous = usePreviousActiveDay(today);
  const { pending, offer, dismiss } = useUndo();
  const [toastKey, setToastKey] = useState(0);
  const [editing, setEditing] = useState<CheckinRecord | null>(null);
  // A new key gives a fresh, empty form after each save.
  const [formKey, setFormKey] = useState(0);
  const [shown, setShown] = useState<Shown | null>(null);
  const [status, setStatus] = useFleetingText();

  const timeFormat = new Intl.DateTimeFormat(i18n.language, { hour: "numeric", minute: "2-digit" });
  const formatTime = (iso: string) => timeFormat.format(new Date(iso));

  function undoable(message: string, undo: () => Promise<void>) {
    setToastKey((k) => k + 1);
    offer({ message, undo });
  }

  async function saveNew(draft: CheckinDraft) {
    const fields = fieldsFromDraft(draft);
    const when = nowFields();
    const { steps, recentLogs } = await suggestionInputs(when.day);
    // Seeded by the moment of the check-in: the same check-in always offers the same step.
    const step = suggestStep({
      steps,
      needs: fields.needs,
      place: fields.place,
      recentLogs,
      now: new Date(),
      seed: when.at,
    });
    await createRecord("checkin", { ...when, ...fields, suggestedStepId: step?.id });
    setFormKey((k) => k + 1);
    setStatus(t("checkin.saved"));
    setShown({ step, loggedId: null });
  }

  async function saveEdit(record: CheckinRecord, draft: CheckinDraft) {
    await updateRecord("checkin", record.id, fieldsFromDraft(draft));
    setEditing(null);
    setFormKey((k) => k + 1);
    setStatus(t("checkin.changesSaved"));
    focusLater("today-checkin-h");
  }

  function startEdit(record: CheckinRecord) {
    setShown(null);
    setEditing(record);
    setFormKey((k) => k + 1);
    focusLater("today-checkin-h");
  }

  function cancelEdit() {
    setEditing(null);
    setFormKey((k) => k + 1);
    focusLater("today-earlier-h");
  }

  async function remove(record: CheckinRecord) {
    await deleteRecord("checkin", record.id);
    if (editing?.id === record.id) cancelEdit();
    undoable(t("earlier.deleted"), () => restoreRecord("checkin", record.id));
    focusLater((checkins?.length ?? 0) > 1 ? "today-earlier-h" : "today-checkin-h");
  }

  async function logSuggested() {
    if (!shown?.step) return;
    const log = await createRecord("stepLog", { stepId: shown.step.id, ...nowFields() });
    setShown({ ...shown, loggedId: log.id });
    undoable(t("loggedToast"), async () => {
      await deleteRecord("stepLog", log.id);
      setShown((s) => (s?.loggedId === log.id ? { ...s, loggedId: null } : s));
    });
  }

  function closeSuggestion() {
    setShown(null);
    focusLater("today-checkin-h");
  }

  const welcomeBack = typeof previous === "string" && isReturnDay(previous, today);

  return (
    <section class="today stack">
      <h1>{t("title")}</h1>
      {welcomeBack && (
        <div class="welcome-back">
          <p class="welcome-back-title">{t("welcomeBack")}</p>
          <p>{t("welcomeBackHint")}</p>
        </div>
      )}
      <RefrainsCard />
      <p role="status" class="visually-hidden">
        {status}
      </p>

      {shown && !editing ? (
        <SuggestionCard
          step={shown.step}
          logged={shown.loggedId !== null}
          onLog={() => void logSuggested()}
          onClose={closeSuggestion}
        />
      ) : (
        <section class="stack" aria-labelledby="today-checkin-h">
          <h2 id="today-checkin-h" tabIndex={-1}>
            {t("checkin.heading")}
          </h2>
          <p class="hint">{t("checkin.intro")}</p>
          <CheckinForm
            key={formKey}
            initial={editing ? draftFromRecord(editing) : emptyDraft()}
            editingTime={editing ? formatTime(editing.at) : undefined}
            draftKey={editing ? `checkin:${editing.id}` : undefined}
            onSave={(d) => (editing ? saveEdit(editing, d) : saveNew(d))}
            onCancel={editing ? cancelEdit : undefined}
          />
        </section>
      )}

      {/* Below the check-in, so the form does not move when the week's count arrives. */}
      <WeekLine today={today} />

      {checkins && checkins.length > 0 && (
        <EarlierToday
          checkins={checkins}
          formatTime={formatTime}
          onEdit={startEdit}
          onDelete={(c) => void remove(c)}
        />
      )}

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
