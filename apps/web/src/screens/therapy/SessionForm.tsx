import { dayKeyToDate, LIMITS, localDayKey, type TherapySessionRecord } from "@small-steps/core";
import { useEffect, useRef } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { CancelButton } from "../../drafts/CancelButton.tsx";
import { KeptDraftNotice } from "../../drafts/KeptDraftNotice.tsx";
import { createRecord, updateRecord } from "../../store/records.ts";
import { type FieldProblem, useDraftForm } from "../../ui/useDraftForm.ts";

type Field = "day" | "attended" | "takeaway" | "tryNext";
interface Draft {
  day: string;
  attended: "" | "yes" | "no";
  takeaway: string;
  tryNext: string;
}

interface Props {
  /** The session to change; without it the form adds a new one. */
  session?: TherapySessionRecord;
  onSaved: (message: string) => void;
  onCancel?: () => void;
}

const freshDraft = (): Draft => ({ day: localDayKey(new Date()), attended: "", takeaway: "", tryNext: "" });

function draftOf(s: TherapySessionRecord): Draft {
  return {
    day: s.day,
    attended: s.attended ? "yes" : "no",
    takeaway: s.takeaway ?? "",
    tryNext: s.tryBeforeNext ?? "",
  };
}

/** A session in the log: the date, whether the person got there, and two optional lines. */
export function SessionForm({ session, onSaved, onCancel }: Props) {
  const { t } = useTranslation("therapy");
  const refs = {
    day: useRef<HTMLInputElement>(null),
    attended: useRef<HTMLInputElement>(null),
    takeaway: useRef<HTMLTextAreaElement>(null),
    tryNext: useRef<HTMLTextAreaElement>(null),
  };
  const prefix = `session-${session?.id ?? "new"}`;

  useEffect(() => {
    if (session) refs.day.current?.focus();
    // Only when an edit opens: the add form waits for the person.
  }, []);

  function check(d: Draft): FieldProblem<Field> | null {
    if (!d.day) return { field: "day", message: t("log.noDate") };
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.day) || localDayKey(dayKeyToDate(d.day)) !== d.day) {
      return { field: "day", message: t("log.badDate") };
    }
    if (d.day > localDayKey(new Date())) return { field: "day", message: t("log.futureDate") };
    if (!d.attended) return { field: "attended", message: t("log.noChoice") };
    for (const field of ["takeaway", "tryNext"] as const) {
      if (d[field].trim().length > LIMITS.noteText) {
        return { field, message: t("log.tooLong", { max: LIMITS.noteText }) };
      }
    }
    return null;
  }

  async function save(draft: Draft): Promise<boolean> {
    const takeaway = draft.takeaway.trim();
    const tryNext = draft.tryNext.trim();
    if (session) {
      // A cleared line is removed (undefined), not kept as an empty string.
      await updateRecord("therapySession", session.id, {
        day: draft.day,
        attended: draft.attended === "yes",
        takeaway: takeaway || undefined,
        tryBeforeNext: tryNext || undefined,
      });
      onSaved(t("log.updated"));
    } else {
      await createRecord("therapySession", {
        day: draft.day,
        attended: draft.attended === "yes",
        ...(takeaway ? { takeaway } : {}),
        ...(tryNext ? { tryBeforeNext: tryNext } : {}),
      });
      onSaved(t("log.saved"));
    }
    return true;
  }

  const {
    draft,
    error: problem,
    submit,
    update: set,
    kept,
  } = useDraftForm<Draft, Field>({
    initial: session ? draftOf(session) : freshDraft(),
    refs,
    validate: check,
    save,
    failField: "day",
    resetTo: session ? undefined : freshDraft(),
    draftKey: `therapySession:${session?.id ?? "new"}`,
  });

  const errorId = `${prefix}-error`;
  const invalid = (field: Field) => (problem?.field === field ? true : undefined);
  const describedBy = (field: Field) => (problem?.field === field ? errorId : undefined);
  const message = (field: Field) =>
    problem?.field === field ? (
      <p id={errorId} class="error-message">
        {problem.message}
      </p>
    ) : null;

  return (
    <form class="stack session-form" onSubmit={submit} noValidate>
      <KeptDraftNotice kept={kept} />
      <div class="field">
        <label for={`${prefix}-day`}>{t("log.date")}</label>
        <input
          ref={refs.day}
          id={`${prefix}-day`}
          type="date"
          value={draft.day}
          max={localDayKey(new Date())}
          aria-invalid={invalid("day")}
          aria-describedby={describedBy("day")}
          onInput={set("day")}
        />
        {message("day")}
      </div>
      <fieldset class="choice-group" aria-describedby={describedBy("attended")}>
        <legend>{t("log.attended")}</legend>
        <label class="choice">
          <input
            ref={refs.attended}
            type="radio"
            name={`${prefix}-attended`}
            value="yes"
            checked={draft.attended === "yes"}
            onChange={set("attended")}
          />
          {t("log.went")}
        </label>
        <label class="choice">
          <input
            type="radio"
            name={`${prefix}-attended`}
            value="no"
            checked={draft.attended === "no"}
            onChange={set("attended")}
          />
          {t("log.couldntGo")}
        </label>
        {message("attended")}
      </fieldset>
      <div class="field">
        <label for={`${prefix}-takeaway`}>{t("log.takeaway")}</label>
        <textarea
          ref={refs.takeaway}
          id={`${prefix}-takeaway`}
          rows={3}
          value={draft.takeaway}
          aria-invalid={invalid("takeaway")}
          aria-describedby={describedBy("takeaway")}
          onInput={set("takeaway")}
        />
        {message("takeaway")}
      </div>
      <div class="field">
        <label for={`${prefix}-try`}>{t("log.tryNext")}</label>
        <textarea
          ref={refs.tryNext}
          id={`${prefix}-try`}
          rows={2}
          value={draft.tryNext}
          aria-invalid={invalid("tryNext")}
          aria-describedby={describedBy("tryNext")}
          onInput={set("tryNext")}
        />
        {message("tryNext")}
      </div>
      <div class="row">
        <button type="submit" class="primary">
          {session ? t("log.saveChanges") : t("log.save")}
        </button>
        <CancelButton kept={kept} onCancel={onCancel}>
          {t("log.cancel")}
        </CancelButton>
      </div>
    </form>
  );
}
