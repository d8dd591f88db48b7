import {
  DAYLIO_MAX_ROWS,
  importDaylio,
  MAX_IMPORT_SIZE,
  type DaylioImport as Mapped,
} from "@small-steps/core";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { type DaylioCounts, type DaylioRecords, importDaylioRecords } from "../../store/exportImport.ts";
import { liveRecords } from "../../store/records.ts";
import { stepTitle } from "../steps/stepTitle.ts";
import { detectFileKind, parseCsv } from "./importFile.ts";
import { describeFailure } from "./notices.ts";
import { useNotice } from "./useNotice.ts";

type Step = { kind: "idle" } | { kind: "busy" } | { kind: "confirm"; mapped: DaylioRecords };

/** The offset of this device's time zone on that day and time, so summer and winter both read right. */
const deviceOffset = (day: string, time: { hour: number; minute: number }) => {
  const [y, m, d] = day.split("-").map(Number);
  return -new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, time.hour, time.minute).getTimezoneOffset();
};

/** A Daylio CSV export, read and mapped on the device, shown as a summary, written on "Import". */
export function DaylioImport() {
  const { t, i18n } = useTranslation("data");
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const [notice, setNotice] = useNotice();
  const inputRef = useRef<HTMLInputElement>(null);
  const promptRef = useRef<HTMLParagraphElement>(null);
  const returnFocus = useRef(false);
  const fmt = (n: number) => n.toLocaleString(i18n.language);

  useEffect(() => {
    if (step.kind === "confirm") promptRef.current?.focus();
    if (step.kind === "idle" && returnFocus.current) {
      returnFocus.current = false;
      inputRef.current?.focus();
    }
  }, [step.kind]);

  /** "42 check-ins, 12 new steps, 130 step logs and 8 journal entries". */
  const parts = (c: DaylioCounts) =>
    new Intl.ListFormat(i18n.language).format(
      (["checkins", "steps", "stepLogs", "journal"] as const)
        .filter((k) => c[k] > 0)
        .map((k) => t(`daylio.part.${k}`, { count: c[k], n: fmt(c[k]) })),
    );

  const fail = (text: string, hint?: string) => {
    setStep({ kind: "idle" });
    setNotice({ error: true, text, ...(hint ? { hint } : {}) });
  };

  async function onFileChosen(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    input.value = "";
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_SIZE) {
      setNotice(describeFailure(t, { reason: "tooLarge" }, fmt, i18n.language));
      return;
    }
    setStep({ kind: "busy" });
    setNotice({ text: t("daylio.reading"), stays: true });
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      fail(t("errors.readFailed"));
      return;
    }
    const kind = detectFileKind(text);
    if (kind === "smallSteps") {
      setStep({ kind: "idle" });
      setNotice({ text: t("daylio.looksLikeSmallSteps"), stays: true });
      return;
    }
    if (kind !== "daylio") {
      fail(t("daylio.errors.notDaylio"), t("daylio.errors.notDaylioHint"));
      return;
    }
    const parsed = await parseCsv(text);
    if (!parsed.ok) {
      fail(t("daylio.errors.damaged"));
      return;
    }
    // Activities named like one of the person's steps log to it instead of making a twin.
    const steps = (await liveRecords("step")).map((s) => ({ id: s.id, title: stepTitle(s, t) }));
    let mapped: Mapped;
    try {
      mapped = importDaylio(parsed.rows, {
        offsetMinutes: deviceOffset,
        newId: () => crypto.randomUUID(),
        existingSteps: steps,
      });
    } catch (error) {
      console.error("Daylio mapping failed.", error);
      fail(t("daylio.errors.damaged"));
      return;
    }
    if (!mapped.ok) {
      if (mapped.reason === "tooManyRows")
        fail(t("daylio.errors.tooManyRows", { max: fmt(DAYLIO_MAX_ROWS) }));
      else if (mapped.reason === "empty") fail(t("daylio.errors.empty"));
      else fail(t("daylio.errors.notDaylio"), t("daylio.errors.notDaylioHint"));
      return;
    }
    if (mapped.checkins.length + mapped.stepLogs.length + mapped.journal.length === 0) {
      fail(t("daylio.errors.nothingReadable"));
      return;
    }
    setNotice(null);
    setStep({ kind: "confirm", mapped });
  }

  async function onConfirm(mapped: DaylioRecords) {
    returnFocus.current = true;
    setStep({ kind: "busy" });
    setNotice({ text: t("daylio.working"), stays: true });
    const result = await importDaylioRecords(mapped);
    setStep({ kind: "idle" });
    if (!result.ok) setNotice({ error: true, text: t("daylio.errors.writeFailed") });
    else setNotice({ text: t("daylio.done", { parts: parts(result) }) });
  }

  function onCancel() {
    returnFocus.current = true;
    setStep({ kind: "idle" });
    setNotice({ text: t("daylio.cancelled") });
  }

  const busy = step.kind === "busy";
  const counts = (m: DaylioRecords): DaylioCounts => ({
    checkins: m.checkins.length,
    steps: m.steps.length,
    stepLogs: m.stepLogs.length,
    journal: m.journal.length,
  });

  return (
    <section class="card stack" aria-labelledby="daylio-heading">
      <h2 id="daylio-heading">{t("daylio.heading")}</h2>
      <p id="daylio-explain">{t("daylio.explain")}</p>
      {step.kind === "confirm" ? (
        <div class="import-confirm stack">
          <p ref={promptRef} tabIndex={-1}>
            {t("daylio.confirm", { parts: parts(counts(step.mapped)) })}
          </p>
          {step.mapped.skipped.length > 0 && (
            <p class="hint">
              {t("daylio.skipped", {
                count: step.mapped.skipped.length,
                n: fmt(step.mapped.skipped.length),
                rows: new Intl.ListFormat(i18n.language).format(
                  step.mapped.skipped.slice(0, 5).map((s) => fmt(s.row)),
                ),
              })}
            </p>
          )}
          <p class="hint">{t("daylio.again")}</p>
          <div class="row">
            <button type="button" class="primary" onClick={() => onConfirm(step.mapped)}>
              {t("daylio.confirmButton")}
            </button>
            <button type="button" onClick={onCancel}>
              {t("daylio.cancel")}
            </button>
          </div>
        </div>
      ) : (
        <div>
          <label class={busy ? "button file-pick is-busy" : "button file-pick"}>
            {t("daylio.label")}
            <input
              ref={inputRef}
              class="visually-hidden"
              type="file"
              accept=".csv,text/csv"
              aria-describedby="daylio-explain"
              disabled={busy}
              onChange={(e) => onFileChosen(e.currentTarget)}
            />
          </label>
        </div>
      )}
      <div role="status" aria-live="polite" class="your-data-status">
        {notice && (
          <div class={notice.error ? "error-message" : undefined}>
            <p>{notice.text}</p>
            {notice.hint && <p class="hint">{notice.hint}</p>}
          </div>
        )}
      </div>
    </section>
  );
}
