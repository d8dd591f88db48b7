import {
  type ExportFile,
  exportFileName,
  localDayKey,
  MAX_IMPORT_SIZE,
  parseImport,
} from "@small-steps/core";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { exportAll, importFile } from "../../store/exportImport.ts";
import { detectFileKind } from "./importFile.ts";
import { download } from "./makeExport.ts";
import { describeFailure } from "./notices.ts";
import { useNotice } from "./useNotice.ts";

type Step = { kind: "idle" } | { kind: "busy" } | { kind: "confirm"; file: ExportFile };

/** Everything as one file, and such a file brought back: the full backup on "Your data". */
export function YourData() {
  const { t, i18n } = useTranslation("data");
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const [notice, setNotice] = useNotice();
  const inputRef = useRef<HTMLInputElement>(null);
  const promptRef = useRef<HTMLParagraphElement>(null);
  const returnFocus = useRef(false);
  const [exporting, setExporting] = useState(false);
  const busy = exporting || step.kind === "busy";

  // The question appears where focus can find it, so nobody has to hunt for the buttons; once
  // answered, focus goes back to where the import began instead of being lost.
  useEffect(() => {
    if (step.kind === "confirm") promptRef.current?.focus();
    if (step.kind === "idle" && returnFocus.current) {
      returnFocus.current = false;
      inputRef.current?.focus();
    }
  }, [step.kind]);

  const fmt = (n: number) => n.toLocaleString(i18n.language);

  async function onExport() {
    setExporting(true);
    setNotice({ text: t("export.working"), stays: true });
    try {
      const now = new Date();
      const name = exportFileName(localDayKey(now));
      download(await exportAll(undefined, now), name, "application/json");
      setNotice({ text: t("export.done", { name }) });
    } catch (error) {
      console.error("Export failed.", error);
      setNotice({ error: true, text: t("export.failed") });
    }
    setExporting(false);
  }

  async function onFileChosen(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    // Cleared so that choosing the same file again (say, after an update) still responds.
    input.value = "";
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_SIZE) {
      setNotice(describeFailure(t, { reason: "tooLarge" }, fmt, i18n.language));
      return;
    }
    setStep({ kind: "busy" });
    setNotice({ text: t("import.reading"), stays: true });
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      setStep({ kind: "idle" });
      setNotice({ error: true, text: t("errors.readFailed") });
      return;
    }
    if (detectFileKind(text) === "daylio") {
      setStep({ kind: "idle" });
      setNotice({ text: t("import.looksLikeDaylio"), stays: true });
      return;
    }
    const parsed = parseImport(text);
    if (!parsed.ok) {
      setStep({ kind: "idle" });
      setNotice(describeFailure(t, parsed, fmt, i18n.language));
      return;
    }
    setNotice(null);
    setStep({ kind: "confirm", file: parsed.file });
  }

  async function onConfirm(file: ExportFile) {
    returnFocus.current = true;
    setStep({ kind: "busy" });
    setNotice({ text: t("import.working"), stays: true });
    const result = await importFile(file);
    setStep({ kind: "idle" });
    if (!result.ok) setNotice(describeFailure(t, result, fmt, i18n.language));
    else if (result.added + result.updated === 0) setNotice({ text: t("import.nothingNew") });
    else setNotice({ text: t("import.done", { added: fmt(result.added), updated: fmt(result.updated) }) });
  }

  function onCancel() {
    returnFocus.current = true;
    setStep({ kind: "idle" });
    setNotice({ text: t("import.cancelled") });
  }

  return (
    <section class="card stack your-data" aria-labelledby="your-data-heading">
      <h2 id="your-data-heading">{t("backup.heading")}</h2>
      <p>{t("intro")}</p>
      <p>{t("notEncrypted")}</p>
      <div>
        <button type="button" class="primary" onClick={onExport} disabled={busy}>
          {t("export.button")}
        </button>
      </div>

      <div class="stack">
        <h3>{t("import.heading")}</h3>
        <p id="import-explain" class="hint">
          {t("import.explain")}
        </p>
        {step.kind === "confirm" ? (
          <div class="import-confirm stack">
            <p ref={promptRef} tabIndex={-1}>
              {t("import.confirm", {
                count: step.file.records.length,
                n: fmt(step.file.records.length),
                date: new Intl.DateTimeFormat(i18n.language, { dateStyle: "long" }).format(
                  new Date(step.file.exportedAt),
                ),
              })}
            </p>
            <div class="row">
              <button type="button" class="primary" onClick={() => onConfirm(step.file)}>
                {t("import.confirmButton")}
              </button>
              <button type="button" onClick={onCancel}>
                {t("import.cancel")}
              </button>
            </div>
          </div>
        ) : (
          <label class={busy ? "button file-pick is-busy" : "button file-pick"}>
            {t("import.label")}
            <input
              ref={inputRef}
              class="visually-hidden"
              type="file"
              accept=".json,application/json"
              aria-describedby="import-explain"
              disabled={busy}
              onChange={(e) => onFileChosen(e.currentTarget)}
            />
          </label>
        )}
      </div>

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
