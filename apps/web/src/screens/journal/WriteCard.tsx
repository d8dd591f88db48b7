import {
  type CheckinRecord,
  firstPromptIndex,
  LIMITS,
  localDayKey,
  nextPromptIndex,
  type Sketch,
} from "@small-steps/core";
import type { TFunction } from "i18next";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { KeptDraftNotice } from "../../drafts/KeptDraftNotice.tsx";
import { useKeptDraft } from "../../drafts/useKeptDraft.ts";
import { indexEntry } from "../../search/searchClient.ts";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";
import { createRecord, nowFields } from "../../store/records.ts";
import { useFleetingText } from "../../ui/StatusMessage.tsx";
import { moment } from "./format.ts";
import { type SketchHandle, SketchPad } from "./SketchPad.tsx";
import type { SketchOp } from "./sketchDraw.ts";
import { checkTags } from "./tagInput.ts";

interface Props {
  /** Focus the text box on arrival (the /journal/new route). */
  autoFocus?: boolean;
}

type Problem = { field: "text" | "tags" | "sketch"; message: string };

const RECENT_CHECKINS = 15;

/** Everything the write card holds, kept on the device as "journal:new" until saved. */
interface WriteDraft {
  text: string;
  tagsText: string;
  checkinId: string;
  promptIndex: number | null;
  sketchOpen: boolean;
  /** The drawing, stroke by stroke (and clears), so undo still works after coming back. */
  ops: SketchOp[];
}

const EMPTY: WriteDraft = {
  text: "",
  tagsText: "",
  checkinId: "",
  promptIndex: null,
  sketchOpen: false,
  ops: [],
};

/** A prompt shown or the sketch pad opened is only a way in; words, tags, a link or a line are kept. */
const written = (d: WriteDraft) =>
  d.text.trim() !== "" || d.tagsText.trim() !== "" || d.checkinId !== "" || d.ops.length > 0;

/** Quick capture: a word is enough. Prompt, tags, check-in and sketch are all optional. */
export function WriteCard({ autoFocus }: Props) {
  const { t, i18n } = useTranslation("journal");
  const [draft, setDraft, kept] = useKeptDraft<WriteDraft>("journal:new", EMPTY, written);
  const { text, tagsText, checkinId, promptIndex, sketchOpen } = draft;
  const change = (part: Partial<WriteDraft>) => setDraft((d) => ({ ...d, ...part }));
  const setPromptIndex = (next: number | null | ((i: number | null) => number | null)) =>
    setDraft((d) => ({ ...d, promptIndex: typeof next === "function" ? next(d.promptIndex) : next }));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useFleetingText();
  const saving = useRef(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const tagsRef = useRef<HTMLInputElement>(null);
  const sketch = useRef<SketchHandle | null>(null);

  const prompts = t("prompts", { returnObjects: true }) as unknown as string[];
  const prompt = promptIndex === null ? undefined : prompts[promptIndex];
  const checkins = useLiveQuery(
    () =>
      db.checkins
        .orderBy("at")
        .reverse()
        .filter((c) => !c.deleted)
        .limit(RECENT_CHECKINS)
        .toArray(),
    [],
  );

  useEffect(() => {
    if (autoFocus) textRef.current?.focus();
  }, [autoFocus]);

  function fail(p: Problem) {
    setNotice(null);
    setProblem(p);
    if (p.field === "text") textRef.current?.focus();
    if (p.field === "tags") tagsRef.current?.focus();
  }

  async function save(fromSketch: boolean) {
    if (saving.current) return;
    const trimmed = text.trim();
    const hasSketch = sketchOpen && sketch.current !== null && !sketch.current.isEmpty();
    if (fromSketch && !hasSketch) return fail({ field: "sketch", message: t("sketch.empty") });
    if (!trimmed && !hasSketch) return fail({ field: "text", message: t("write.empty") });
    if (trimmed.length > LIMITS.journalText)
      return fail({ field: "text", message: t("write.tooLong", { max: LIMITS.journalText }) });
    const tags = checkTags(tagsText, t);
    if (!tags.ok) return fail({ field: "tags", message: tags.message });
    let drawn: Sketch | undefined;
    if (hasSketch) {
      drawn = sketch.current?.export() ?? undefined;
      if (!drawn) return fail({ field: "sketch", message: t("sketch.tooBig") });
    }
    saving.current = true;
    try {
      const record = await createRecord("journal", {
        ...nowFields(),
        text: trimmed,
        tags: tags.tags,
        ...(prompt ? { prompt } : {}),
        ...(checkinId ? { checkinId } : {}),
        ...(drawn ? { sketch: drawn } : {}),
      });
      indexEntry(record);
      kept.clear();
      // A sketch saved alone leaves nothing; words saved leave an unsaved drawing in place.
      setDraft((d) => ({ ...EMPTY, ...(drawn ? {} : { sketchOpen: d.sketchOpen, ops: d.ops }) }));
      setProblem(null);
      setNotice(drawn ? t("sketch.saved") : t("write.saved"));
    } catch (err) {
      console.error(err);
      fail({ field: "text", message: t("common:saveFailed") });
    } finally {
      saving.current = false;
    }
  }

  const clearMessages = () => {
    if (problem) setProblem(null);
    if (notice) setNotice(null);
  };
  const invalid = (field: Problem["field"]) => (problem?.field === field ? true : undefined);
  const describedBy = (field: Problem["field"], ...ids: string[]) =>
    [...ids, problem?.field === field ? "journal-write-message" : ""].filter(Boolean).join(" ") || undefined;

  return (
    <form
      class="card stack journal-write"
      aria-labelledby="journal-write-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save(false);
      }}
    >
      <h2 id="journal-write-heading">{t("write.heading")}</h2>
      <KeptDraftNotice kept={kept} />

      {prompt === undefined ? (
        <div class="row">
          <button
            type="button"
            class="quiet"
            onClick={() => setPromptIndex(firstPromptIndex(localDayKey(new Date()), prompts.length))}
          >
            {t("prompt.try")}
          </button>
        </div>
      ) : (
        <div class="prompt-box">
          <p id="journal-prompt" class="prompt-text">
            <span class="visually-hidden">{t("prompt.label")}: </span>
            {prompt}
          </p>
          <p class="hint">{t("prompt.hint")}</p>
          <div class="row">
            <button
              type="button"
              onClick={() => setPromptIndex((i) => nextPromptIndex(i ?? 0, prompts.length))}
            >
              {t("prompt.another")}
            </button>
            <button type="button" class="quiet" onClick={() => setPromptIndex(null)}>
              {t("prompt.remove")}
            </button>
          </div>
        </div>
      )}

      <div class="field">
        <label for="journal-text">{t("write.label")}</label>
        <textarea
          ref={textRef}
          id="journal-text"
          rows={4}
          value={text}
          aria-invalid={invalid("text")}
          aria-describedby={describedBy("text", prompt === undefined ? "" : "journal-prompt")}
          onInput={(e) => {
            change({ text: e.currentTarget.value });
            clearMessages();
          }}
        />
      </div>

      <details class="journal-more">
        <summary>{t("write.more")}</summary>
        <div class="stack">
          <div class="field">
            <label for="journal-tags">{t("write.tagsLabel")}</label>
            <input
              ref={tagsRef}
              id="journal-tags"
              type="text"
              autocomplete="off"
              value={tagsText}
              aria-invalid={invalid("tags")}
              aria-describedby={describedBy("tags", "journal-tags-hint")}
              onInput={(e) => {
                change({ tagsText: e.currentTarget.value });
                clearMessages();
              }}
            />
            <p id="journal-tags-hint" class="hint">
              {t("write.tagsHint")}
            </p>
          </div>
          {checkins && checkins.length > 0 && (
            <div class="field">
              <label for="journal-checkin">{t("write.checkinLabel")}</label>
              <select
                id="journal-checkin"
                value={checkinId}
                onChange={(e) => change({ checkinId: e.currentTarget.value })}
              >
                <option value="">{t("write.checkinNone")}</option>
                {checkins.map((c) => (
                  <option key={c.id} value={c.id}>
                    {checkinLabel(c, t, i18n.language)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
      </details>

      <div class="row">
        <button type="submit" class="primary">
          {t("write.save")}
        </button>
        <button
          type="button"
          aria-expanded={sketchOpen}
          aria-controls="journal-sketch"
          onClick={() => setDraft((d) => ({ ...d, sketchOpen: !d.sketchOpen }))}
        >
          {t("sketch.open")}
        </button>
      </div>

      {/* Hidden rather than removed, so a half-finished drawing is still there when reopened. */}
      <div id="journal-sketch" hidden={!sketchOpen}>
        <SketchPad
          handle={sketch}
          ops={draft.ops}
          onOps={(f) => setDraft((d) => ({ ...d, ops: f(d.ops) }))}
          onSave={() => void save(true)}
          message={problem?.field === "sketch" ? problem.message : null}
          messageId="journal-write-message"
        />
      </div>

      <div role="status" aria-live="polite">
        {(problem || notice) && (
          <p id="journal-write-message" class={problem ? "error-message" : "hint"}>
            {problem?.message ?? notice}
          </p>
        )}
      </div>
    </form>
  );
}

export function checkinLabel(c: CheckinRecord, t: TFunction<"journal">, language: string): string {
  const when = moment(c.at, language);
  return c.place
    ? t("write.checkinOptionPlace", { when, place: t(`places.${c.place}`) })
    : t("write.checkinOption", { when });
}
