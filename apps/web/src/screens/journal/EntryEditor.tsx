import { type JournalRecord, LIMITS, tagsToText } from "@small-steps/core";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { CancelButton } from "../../drafts/CancelButton.tsx";
import { KeptDraftNotice } from "../../drafts/KeptDraftNotice.tsx";
import { useKeptDraft } from "../../drafts/useKeptDraft.ts";
import { indexEntry } from "../../search/searchClient.ts";
import { updateRecord } from "../../store/records.ts";
import { checkTags } from "./tagInput.ts";

interface Props {
  entry: JournalRecord;
  /** Focus the text when the person asked to edit (not when a kept draft reopened it). */
  autoFocus?: boolean;
  onDone: () => void;
}

/** Edits an entry in place. The prompt, sketch and linked check-in stay as they were. */
export function EntryEditor({ entry, autoFocus = true, onDone }: Props) {
  const { t } = useTranslation("journal");
  const [draft, setDraft, kept] = useKeptDraft(`journal:${entry.id}`, {
    text: entry.text,
    tagsText: tagsToText(entry.tags),
  });
  const { text, tagsText } = draft;
  const [problem, setProblem] = useState<{ field: "text" | "tags"; message: string } | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const tagsRef = useRef<HTMLInputElement>(null);
  const saving = useRef(false);
  const id = entry.id;

  useEffect(() => {
    if (autoFocus) textRef.current?.focus();
  }, []);

  function fail(field: "text" | "tags", message: string) {
    setProblem({ field, message });
    (field === "text" ? textRef : tagsRef).current?.focus();
  }

  async function save(e: Event) {
    e.preventDefault();
    if (saving.current) return;
    const trimmed = text.trim();
    if (!trimmed && !entry.sketch) return fail("text", t("edit.empty"));
    if (trimmed.length > LIMITS.journalText)
      return fail("text", t("write.tooLong", { max: LIMITS.journalText }));
    const tags = checkTags(tagsText, t);
    if (!tags.ok) return fail("tags", tags.message);
    saving.current = true;
    try {
      indexEntry(await updateRecord("journal", id, { text: trimmed, tags: tags.tags }));
      kept.clear();
      onDone();
    } catch (err) {
      console.error(err);
      fail("text", t("common:saveFailed"));
    } finally {
      saving.current = false;
    }
  }

  const msgId = `edit-${id}-message`;
  return (
    <form class="stack entry-editor" onSubmit={save} noValidate>
      <KeptDraftNotice kept={kept} />
      <div class="field">
        <label for={`edit-${id}-text`}>{t("edit.textLabel")}</label>
        <textarea
          ref={textRef}
          id={`edit-${id}-text`}
          rows={5}
          value={text}
          aria-invalid={problem?.field === "text" ? true : undefined}
          aria-describedby={problem?.field === "text" ? msgId : undefined}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setDraft((d) => ({ ...d, text: value }));
            setProblem(null);
          }}
        />
      </div>
      <div class="field">
        <label for={`edit-${id}-tags`}>{t("edit.tagsLabel")}</label>
        <input
          ref={tagsRef}
          id={`edit-${id}-tags`}
          type="text"
          autocomplete="off"
          value={tagsText}
          aria-invalid={problem?.field === "tags" ? true : undefined}
          aria-describedby={[`edit-${id}-tags-hint`, problem?.field === "tags" ? msgId : ""].join(" ").trim()}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setDraft((d) => ({ ...d, tagsText: value }));
            setProblem(null);
          }}
        />
        <p id={`edit-${id}-tags-hint`} class="hint">
          {t("write.tagsHint")}
        </p>
      </div>
      <div role="status" aria-live="polite">
        {problem && (
          <p id={msgId} class="error-message">
            {problem.message}
          </p>
        )}
      </div>
      <div class="row">
        <button type="submit" class="primary">
          {t("edit.save")}
        </button>
        <CancelButton kept={kept} onCancel={onDone}>
          {t("edit.cancel")}
        </CancelButton>
      </div>
    </form>
  );
}
