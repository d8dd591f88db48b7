import { type CommentWire, STORY_LIMITS } from "@small-steps/sync";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { CancelButton } from "../../../drafts/CancelButton.tsx";
import { KeptDraftNotice } from "../../../drafts/KeptDraftNotice.tsx";
import { useKeptDraft } from "../../../drafts/useKeptDraft.ts";
import { storiesApi } from "../../../stories/api.ts";
import { Status, useStatus } from "../../../ui/StatusMessage.tsx";
import { failureText } from "./problems.ts";

interface Props {
  storyId: string;
  /** A reply attaches to a top-level comment (ST8). */
  parentId?: string;
  /** Unique on the page. */
  id: string;
  label: string;
  submitLabel: string;
  onPosted: (comment: CommentWire, support: boolean) => void;
  /** Replies can be put away again. */
  onCancel?: () => void;
  autoFocus?: boolean;
}

/**
 * Writing a comment or a reply. When the words read as harsh, the server answers with a gentle
 * nudge first (ST12): the writer may soften them, with their text kept, or post anyway, and then a
 * moderator looks before anyone else sees it. The words are never lost on a failure.
 */
export function CommentForm({
  storyId,
  parentId,
  id,
  label,
  submitLabel,
  onPosted,
  onCancel,
  autoFocus,
}: Props) {
  const { t } = useTranslation("stories");
  // Kept on the device under the story (and the comment replied to), until it is posted.
  const [text, setText, kept] = useKeptDraft(`comment:${storyId}${parentId ? `:${parentId}` : ""}`, "");
  const [busy, setBusy] = useState(false);
  const [nudge, setNudge] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { status, say, clear } = useStatus();
  const area = useRef<HTMLTextAreaElement>(null);
  const nudgeHeading = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (autoFocus) area.current?.focus();
  }, [autoFocus]);
  useEffect(() => {
    if (nudge) nudgeHeading.current?.focus();
  }, [nudge]);

  async function post(postAnyway: boolean) {
    if (busy) return;
    const length = text.length;
    if (text.trim().length === 0) return showProblem(t("comments.tooShort"));
    if (length > STORY_LIMITS.comment) {
      return showProblem(t("comments.tooLong", { max: STORY_LIMITS.comment, count: length }));
    }
    setProblem(null);
    setBusy(true);
    say(t("comments.posting"));
    const r = await storiesApi.comment(storyId, {
      body: text,
      ...(parentId ? { parentId } : {}),
      ...(postAnyway ? { postAnyway } : {}),
    });
    setBusy(false);
    if (r.ok) {
      kept.clear();
      setText("");
      setNudge(false);
      say(r.value.comment.status === "held" ? t("comments.postedHeld") : t("comments.posted"));
      onPosted(r.value.comment, r.value.support);
      return;
    }
    clear();
    if (r.failure.kind === "refused" && r.failure.code === "harsh_comment") {
      setNudge(true);
      return;
    }
    setNudge(false);
    showProblem(failureText(t, r.failure));
  }

  function showProblem(text: string) {
    setProblem(text);
    area.current?.focus();
  }

  function editInstead() {
    setNudge(false);
    area.current?.focus();
  }

  return (
    <form
      class="stack read-comment-form"
      noValidate
      aria-busy={busy}
      onSubmit={(e) => {
        e.preventDefault();
        void post(false);
      }}
    >
      <KeptDraftNotice kept={kept} />
      <div class="field">
        <label for={`${id}-text`}>{label}</label>
        <p id={`${id}-hint`} class="hint">
          {t("comments.hint")}
        </p>
        <textarea
          ref={area}
          id={`${id}-text`}
          value={text}
          aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
          aria-invalid={problem ? true : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        {problem && (
          <p id={`${id}-problem`} class="error-message">
            {problem}
          </p>
        )}
      </div>
      {nudge ? (
        <div class="card stack read-nudge">
          <p ref={nudgeHeading} tabIndex={-1} class="read-nudge-heading">
            {t("nudge.heading")}
          </p>
          <p>{t("nudge.body")}</p>
          <div class="row">
            <button type="button" class="primary" onClick={editInstead}>
              {t("nudge.edit")}
            </button>
            <button type="button" onClick={() => void post(true)} aria-disabled={busy}>
              {t("nudge.postAnyway")}
            </button>
          </div>
        </div>
      ) : (
        <div class="row">
          <button type="submit" class="primary" aria-disabled={busy}>
            {submitLabel}
          </button>
          <CancelButton kept={kept} onCancel={onCancel}>
            {t("comments.cancelReply")}
          </CancelButton>
        </div>
      )}
      <Status status={status} class="read-status" />
    </form>
  );
}
