import type { StoryWire } from "@small-steps/sync";
import { useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { KeptDraftNotice } from "../../../drafts/KeptDraftNotice.tsx";
import { useKeptDraft } from "../../../drafts/useKeptDraft.ts";
import { storiesApi } from "../../../stories/api.ts";
import { Status, useStatus } from "../../../ui/StatusMessage.tsx";
import { describedBy, FieldProblem } from "./FieldProblem.tsx";
import { NotesField } from "./NotesField.tsx";
import { type StoryProblem, storyProblemOf, storyProblemText } from "./problems.ts";
import { checkDraft, type DraftField, type DraftProblem, type StoryDraft } from "./storyDraft.ts";
import { ThemesField } from "./ThemesField.tsx";
import { usePublish } from "./usePublish.tsx";

interface Props {
  initial: StoryDraft;
  /** The story being edited; none for a new one (it becomes a draft on its first save). */
  story?: StoryWire;
  /** Whether the person has an author profile yet (publishing needs one, drafts don't). */
  hasProfile: boolean;
}

/**
 * Writing a story (ST3): title, body, themes, content notes, anonymous. Checked on the device with
 * the server's own schema; problems are shown beside their fields and focus goes to the first.
 * Nothing here ever empties the form: a failed save leaves every word where it was.
 */
export function StoryForm({ initial, story, hasProfile }: Props) {
  const { t } = useTranslation("storiesWrite");
  const [id, setId] = useState<string | null>(story?.id ?? null);
  // Kept on the device until the server has it; once a new story has an id, under that id.
  const [draft, setDraft, kept] = useKeptDraft<StoryDraft>(id ? `story:${id}` : "story:new", initial);
  const [published, setPublished] = useState(story?.status === "published");
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const working = useRef(false);
  const { status, say, clear } = useStatus();
  const { publish, panel } = usePublish();
  const titleRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const themesRef = useRef<HTMLInputElement>(null);
  const notesRef = useRef<HTMLInputElement>(null);
  const refs: Record<DraftField, { current: HTMLElement | null }> = {
    title: titleRef,
    body: bodyRef,
    themes: themesRef,
    contentNotes: notesRef,
  };

  if (panel) return panel;

  const problemText = (field: DraftField): string | null => {
    const p = problems.find((x) => x.field === field);
    if (!p) return null;
    if (p.kind === "tooLong") return t(`form.problems.${p.field}TooLong`, { max: p.max, count: p.count });
    if (p.kind === "empty") return t(`form.problems.${p.field}Empty`);
    if (p.kind === "tooMany") return t("form.problems.themesTooMany", { max: p.max });
    return t("form.problems.notesChoose");
  };

  const change = (field: DraftField, next: Partial<StoryDraft>) => {
    setDraft((d) => ({ ...d, ...next }));
    setProblems((ps) => ps.filter((p) => p.field !== field));
    clear();
  };

  const sayProblem = (p: StoryProblem) => {
    if (p.kind === "noProfile")
      say(t("problems.noProfile"), {
        error: true,
        link: { href: "/stories/profile", label: t("problems.noProfileLink") },
      });
    else if (p.kind === "signedOut")
      say(t("problems.signedOut"), { error: true, link: { href: "/account", label: t("account.link") } });
    else say(storyProblemText(t, p), { error: true });
  };

  /** Checks, then creates or updates the story; resolves its id, or null when it wasn't saved. */
  async function persist(): Promise<string | null> {
    const checked = checkDraft(draft);
    if (!checked.ok) {
      setProblems(checked.problems);
      clear();
      const first = checked.problems[0];
      if (first) refs[first.field].current?.focus();
      return null;
    }
    setProblems([]);
    const r = id ? await storiesApi.update(id, checked.write) : await storiesApi.create(checked.write);
    if (!r.ok) {
      sayProblem(storyProblemOf(r.failure));
      return null;
    }
    kept.clear();
    setId(r.value.id);
    setPublished(r.value.status === "published");
    return r.value.id;
  }

  /** One action at a time; the buttons say they are busy rather than vanish. */
  async function run(action: () => Promise<void>) {
    if (working.current) return;
    working.current = true;
    setBusy(true);
    try {
      await action();
    } finally {
      working.current = false;
      setBusy(false);
    }
  }

  const save = (event?: Event) => {
    event?.preventDefault();
    void run(async () => {
      const wasPublished = published;
      const saved = await persist();
      if (!saved) return;
      if (wasPublished) say(t("form.savedPublished"));
      else say(t("form.savedDraft"), { link: { href: "/stories/mine", label: t("links.mine") } });
    });
  };

  const publishNow = () =>
    void run(async () => {
      const saved = await persist();
      if (!saved) return;
      say(t("form.publishing"));
      const problem = await publish(saved);
      if (problem) sayProblem(problem);
    });

  const titleProblem = problemText("title");
  const bodyProblem = problemText("body");

  return (
    <form class="stack story-form" onSubmit={save} aria-busy={busy} noValidate>
      <KeptDraftNotice kept={kept} />
      {!hasProfile && (
        <p class="hint">
          {t("form.noProfileYet")} <a href="/stories/profile">{t("form.noProfileLink")}</a>
        </p>
      )}
      {published && <p class="hint">{t("form.isPublished")}</p>}
      <div class="field">
        <label for="story-title">{t("form.titleLabel")}</label>
        <input
          ref={titleRef}
          id="story-title"
          type="text"
          autocomplete="off"
          value={draft.title}
          aria-invalid={titleProblem ? true : undefined}
          aria-describedby={describedBy("story-title-hint", titleProblem && "story-title-problem")}
          onInput={(e) => change("title", { title: e.currentTarget.value })}
        />
        <p id="story-title-hint" class="hint">
          {t("form.titleHint")}
        </p>
        <FieldProblem id="story-title-problem" text={titleProblem} />
      </div>
      <div class="field">
        <label for="story-body">{t("form.bodyLabel")}</label>
        <p id="story-body-hint" class="hint">
          {t("form.bodyHint")}
        </p>
        <textarea
          ref={bodyRef}
          id="story-body"
          class="story-body-input"
          rows={14}
          value={draft.body}
          aria-invalid={bodyProblem ? true : undefined}
          aria-describedby={describedBy("story-body-hint", bodyProblem && "story-body-problem")}
          onInput={(e) => change("body", { body: e.currentTarget.value })}
        />
        <FieldProblem id="story-body-problem" text={bodyProblem} />
      </div>
      <ThemesField
        themes={draft.themes}
        onChange={(themes) => change("themes", { themes })}
        problem={problemText("themes")}
        firstRef={themesRef}
      />
      <NotesField
        choice={draft.notes}
        onChange={(notes) => change("contentNotes", { notes })}
        problem={problemText("contentNotes")}
        firstRef={notesRef}
      />
      <div class="field">
        <label class="choice story-check">
          <input
            type="checkbox"
            checked={draft.anonymous}
            aria-describedby="story-anonymous-hint"
            onChange={(e) => {
              setDraft((d) => ({ ...d, anonymous: e.currentTarget.checked }));
              clear();
            }}
          />
          {t("form.anonymousLabel")}
        </label>
        <p id="story-anonymous-hint" class="hint">
          {t("form.anonymousHint")}
        </p>
      </div>
      <Status status={status} class="story-status" note />
      <div class="row story-form-actions">
        <button type="submit" class={published ? "primary" : undefined} aria-disabled={busy}>
          {published ? t("form.saveChanges") : t("form.saveDraft")}
        </button>
        {!published && (
          <button type="button" class="primary" aria-disabled={busy} onClick={publishNow}>
            {t("form.publish")}
          </button>
        )}
      </div>
      {!published && <p class="hint">{t("form.publishHint")}</p>}
    </form>
  );
}
