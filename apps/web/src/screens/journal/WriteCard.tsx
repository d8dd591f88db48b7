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
import { indexEntry } from "../../search/searchClient.ts";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";
import { createRecord, nowFields } from "../../store/records.ts";
import { moment } from "./format.ts";
import { type SketchHandle, SketchPad } from "./SketchPad.tsx";
import { checkTags } from "./tagInput.ts";

interface Props {
  /** Focus the text box on arrival (the /journal/new route). */
  autoFocus?: boolean;
}

type Problem = { field: "text" | "tags" | "sketch"; message: string };

const RECENT_CHECKINS = 15;

/** Quick capture: a word is enough. Prompt, tags, check-in and sketch are all optional. */
export function WriteCard({ autoFocus }: Props) {
  const { t, i18n } = useTranslation("journal");
  const [text, setText] = useState("");
  const [tagsText, setTagsText] = useState("");
  const [checkinId, setCheckinId] = useState("");
  const [promptIndex, setPromptIndex] = useState<number | null>(null);
  const [sketchOpen, setSketchOpen] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
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
      setText("");
      setTagsText("");
      setCheckinId("");
      setPromptIndex(null);
      if (drawn) {
        sketch.current?.reset();
        setSketchOpen(false);
      }
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
            setText(e.currentTarget.value);
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
                setTagsText(e.currentTarget.value);
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
                onChange={(e) => setCheckinId(e.currentTarget.value)}
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
          onClick={() => setSketchOpen((o) => !o)}
        >
          {t("sketch.open")}
        </button>
      </div>

      {/* Hidden rather than removed, so a half-finished drawing is still there when reopened. */}
      <div id="journal-sketch" hidden={!sketchOpen}>
        <SketchPad
          handle={sketch}
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
