import type { JournalRecord } from "@small-steps/core";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { db } from "../../../store/db.ts";
import { useLiveQuery } from "../../../store/live.ts";
import { describedBy, FieldProblem } from "./FieldProblem.tsx";
import { draftFromEntry, entryShare } from "./fromJournal.ts";
import { StoryForm } from "./StoryForm.tsx";
import { StoryGate } from "./StoryGate.tsx";
import type { StoryDraft } from "./storyDraft.ts";
import "./write.css";

/**
 * /stories/from-journal/:id: a journal entry is private; a story is public. So first an explicit
 * step says what that means, shows the words, and asks for a tick. Only then does the story form
 * open, holding a COPY of the words. The entry is only read, never changed, and nothing reaches
 * the server until the person saves.
 */
export function FromJournalScreen({ entryId }: { entryId: string }) {
  const { t } = useTranslation("storiesWrite");
  return (
    <StoryGate title={t("fromJournal.title")}>
      {(profile) => <FromJournal entryId={entryId} hasProfile={profile !== null} />}
    </StoryGate>
  );
}

function FromJournal({ entryId, hasProfile }: { entryId: string; hasProfile: boolean }) {
  const { t } = useTranslation("storiesWrite");
  const entry = useLiveQuery(async () => (await db.journal.get(entryId)) ?? null, [entryId]);
  const [draft, setDraft] = useState<StoryDraft | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);

  // Into the form: focus goes to its heading, so the step change is heard.
  useEffect(() => {
    if (draft) formHeading.current?.focus();
  }, [draft]);

  let body = null;
  if (draft) {
    body = (
      <section class="stack" aria-labelledby="story-copy-heading">
        <h2 id="story-copy-heading" ref={formHeading} tabIndex={-1}>
          {t("fromJournal.formHeading")}
        </h2>
        <p class="hint">{t("fromJournal.isCopy")}</p>
        <StoryForm initial={draft} hasProfile={hasProfile} />
      </section>
    );
  } else if (entry === undefined) {
    body = <p class="hint">{t("fromJournal.loading")}</p>;
  } else {
    const share = entryShare(entry);
    if (share === "missing" || !entry) body = <Missing text={t("fromJournal.missing")} />;
    else if (share === "noWords") body = <Missing text={t("fromJournal.noWords")} />;
    else body = <PublicStep entry={entry} onContinue={() => setDraft(draftFromEntry(entry))} />;
  }

  return (
    <>
      <h1>{t("fromJournal.title")}</h1>
      {body}
    </>
  );
}

function Missing({ text }: { text: string }) {
  const { t } = useTranslation("storiesWrite");
  return (
    <div class="stack">
      <p>{text}</p>
      <div class="row story-links">
        <a class="button" href="/journal">
          {t("fromJournal.backToJournal")}
        </a>
        <a class="button" href="/stories/write">
          {t("links.write")}
        </a>
      </div>
    </div>
  );
}

/** "This will be public": what that means, the words themselves, and an explicit "I understand". */
function PublicStep({ entry, onContinue }: { entry: JournalRecord; onContinue: () => void }) {
  const { t } = useTranslation("storiesWrite");
  const [understood, setUnderstood] = useState(false);
  const [problem, setProblem] = useState(false);
  const box = useRef<HTMLInputElement>(null);

  function onSubmit(event: Event) {
    event.preventDefault();
    if (!understood) {
      setProblem(true);
      box.current?.focus();
      return;
    }
    onContinue();
  }

  return (
    <>
      <section class="card stack story-public" aria-labelledby="story-public-heading">
        <h2 id="story-public-heading">{t("fromJournal.publicHeading")}</h2>
        <p>{t("fromJournal.publicIntro")}</p>
        <ul class="story-public-list">
          <li>{t("fromJournal.publicReaders")}</li>
          <li>{t("fromJournal.publicServer")}</li>
          <li>{t("fromJournal.publicCopy")}</li>
          <li>{t("fromJournal.publicNothingYet")}</li>
        </ul>
      </section>
      <section class="stack" aria-labelledby="story-words-heading">
        <h2 id="story-words-heading">{t("fromJournal.previewHeading")}</h2>
        {/* The entry's words as text, never as HTML; links stay plain text. */}
        <div class="card story-text story-preview">{entry.text}</div>
      </section>
      <form class="stack" onSubmit={onSubmit} noValidate>
        <div class="field">
          <label class="choice story-check">
            <input
              ref={box}
              type="checkbox"
              checked={understood}
              required
              aria-invalid={problem ? true : undefined}
              aria-describedby={describedBy(problem && "story-understood-problem")}
              onChange={(e) => {
                setUnderstood(e.currentTarget.checked);
                setProblem(false);
              }}
            />
            {t("fromJournal.understood")}
          </label>
          <FieldProblem
            id="story-understood-problem"
            text={problem ? t("fromJournal.understoodNeeded") : null}
          />
        </div>
        <div class="row">
          <button type="submit" class="primary">
            {t("fromJournal.continue")}
          </button>
          <a class="button" href={`/journal/${entry.id}`}>
            {t("fromJournal.notNow")}
          </a>
        </div>
      </form>
    </>
  );
}
