import {
  checkRange,
  EXPORT_FILE_FORMAT_IDS,
  EXPORT_GROUP_IDS,
  type ExportFileFormat,
  type ExportGroup,
  journalTags,
  kindsOfGroups,
  RECORD_KINDS,
} from "@small-steps/core";
import { useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { db } from "../../store/db.ts";
import { readAllRecords } from "../../store/exportImport.ts";
import { useLiveQuery } from "../../store/live.ts";
import { download, makeExportFile } from "./makeExport.ts";
import { useNotice } from "./useNotice.ts";

type Problem = { field: "from" | "kinds"; text: string } | null;

/** Choose days, kinds, tags and a format, then save one file made on this device. */
export function ExportChooser() {
  const { t, i18n } = useTranslation("data");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [groups, setGroups] = useState<ReadonlySet<ExportGroup>>(new Set(EXPORT_GROUP_IDS));
  const [tags, setTags] = useState<ReadonlySet<string>>(new Set());
  const [format, setFormat] = useState<ExportFileFormat>("pdf");
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useNotice();
  const [problem, setProblem] = useState<Problem>(null);
  const fromRef = useRef<HTMLInputElement>(null);
  const kindsRef = useRef<HTMLFieldSetElement>(null);

  // Only the tags, not the entries, stay in memory; the list follows new and deleted entries.
  const available =
    useLiveQuery(async () => journalTags(await db.journal.toArray(), i18n.language), [i18n.language]) ?? [];
  const chosenTags = available.filter((tag) => tags.has(tag));
  const showTags = groups.has("journal") && available.length > 0;

  const toggle = <T,>(set: ReadonlySet<T>, value: T, on: boolean): Set<T> => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };

  async function onSave() {
    if (busy) return;
    if (checkRange(from || undefined, to || undefined)) {
      setProblem({ field: "from", text: t("choose.fromAfterTo") });
      fromRef.current?.focus();
      return;
    }
    if (groups.size === 0) {
      setProblem({ field: "kinds", text: t("choose.kindsNone") });
      kindsRef.current?.querySelector("input")?.focus();
      return;
    }
    setProblem(null);
    setBusy(true);
    setNotice({ text: t("choose.working"), stays: true });
    try {
      const filter = {
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        kinds: kindsOfGroups(EXPORT_GROUP_IDS.filter((g) => groups.has(g))),
        tags: showTags ? chosenTags : [],
      };
      const file = await makeExportFile(
        format,
        filter,
        await readAllRecords(),
        t,
        i18n.language,
        RECORD_KINDS.length,
      );
      if (file.count === 0) {
        setNotice({ text: t("choose.nothing"), stays: true });
      } else {
        download(file.data, file.name, file.mime);
        setNotice({
          text: t("choose.done", {
            count: file.count,
            n: file.count.toLocaleString(i18n.language),
            name: file.name,
          }),
        });
      }
    } catch (error) {
      console.error("Export failed.", error);
      setNotice({ error: true, text: t("choose.failed") });
    }
    setBusy(false);
  }

  return (
    <section class="card stack" aria-labelledby="choose-heading">
      <h2 id="choose-heading">{t("choose.heading")}</h2>
      <p>{t("choose.intro")}</p>

      <fieldset class="stack-tight">
        <legend>{t("choose.dates")}</legend>
        <p id="dates-hint" class="hint">
          {t("choose.datesHint")}
        </p>
        <div class="date-range">
          <div class="field">
            <label for="export-from">{t("choose.from")}</label>
            <input
              ref={fromRef}
              id="export-from"
              type="date"
              value={from}
              aria-invalid={problem?.field === "from" ? "true" : undefined}
              aria-describedby={problem?.field === "from" ? "dates-hint dates-error" : "dates-hint"}
              onInput={(e) => {
                setFrom(e.currentTarget.value);
                if (problem?.field === "from") setProblem(null);
              }}
            />
          </div>
          <div class="field">
            <label for="export-to">{t("choose.to")}</label>
            <input
              id="export-to"
              type="date"
              value={to}
              aria-describedby="dates-hint"
              onInput={(e) => {
                setTo(e.currentTarget.value);
                if (problem?.field === "from") setProblem(null);
              }}
            />
          </div>
        </div>
        {problem?.field === "from" && (
          <p id="dates-error" class="error-message">
            {problem.text}
          </p>
        )}
      </fieldset>

      <fieldset
        ref={kindsRef}
        class="choice-group"
        aria-describedby={problem?.field === "kinds" ? "kinds-error" : undefined}
      >
        <legend>{t("choose.kinds")}</legend>
        {EXPORT_GROUP_IDS.map((group) => (
          <label key={group} class="choice">
            <input
              type="checkbox"
              checked={groups.has(group)}
              onChange={(e) => {
                setGroups(toggle(groups, group, e.currentTarget.checked));
                if (problem?.field === "kinds") setProblem(null);
              }}
            />
            <span>{t(`kind.${group}`)}</span>
          </label>
        ))}
        <div class="row kinds-all">
          <button type="button" class="quiet" onClick={() => setGroups(new Set(EXPORT_GROUP_IDS))}>
            {t("choose.all")}
          </button>
          <button type="button" class="quiet" onClick={() => setGroups(new Set())}>
            {t("choose.none")}
          </button>
        </div>
        {problem?.field === "kinds" && (
          <p id="kinds-error" class="error-message">
            {problem.text}
          </p>
        )}
      </fieldset>

      {showTags && (
        <fieldset class="choice-group" aria-describedby="tags-hint">
          <legend>{t("choose.tags")}</legend>
          <p id="tags-hint" class="hint">
            {t("choose.tagsHint")}
          </p>
          {available.map((tag) => (
            <label key={tag} class="choice">
              <input
                type="checkbox"
                checked={tags.has(tag)}
                onChange={(e) => setTags(toggle(tags, tag, e.currentTarget.checked))}
              />
              <span>{tag}</span>
            </label>
          ))}
        </fieldset>
      )}

      <fieldset class="stack-tight">
        <legend>{t("choose.format")}</legend>
        {EXPORT_FILE_FORMAT_IDS.map((id) => (
          <div key={id} class="format-option">
            <label class="choice">
              <input
                type="radio"
                name="export-format"
                value={id}
                checked={format === id}
                aria-describedby={`format-${id}-hint`}
                onChange={() => setFormat(id)}
              />
              <span>{t(`format.${id}`)}</span>
            </label>
            <span id={`format-${id}-hint`} class="hint">
              {t(`format.${id}Hint`)}
            </span>
          </div>
        ))}
      </fieldset>

      <p class="hint">{t("staysHere")}</p>
      <div>
        <button type="button" class="primary" onClick={onSave} disabled={busy}>
          {t(`format.save.${format}`)}
        </button>
      </div>
      <div role="status" aria-live="polite" class="your-data-status">
        {notice && <p class={notice.error ? "error-message" : undefined}>{notice.text}</p>}
      </div>
    </section>
  );
}
