import type { CommentWire } from "@small-steps/sync";
import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import type { ApiFailure } from "../../../account/api.ts";
import { storiesApi } from "../../../stories/api.ts";
import { Status, useStatus } from "../../../ui/StatusMessage.tsx";
import { SupportPanel } from "../SupportPanel.tsx";
import { CommentForm } from "./CommentForm.tsx";
import { CommentItem, commentElementId } from "./CommentItem.tsx";
import { LoadProblem } from "./LoadProblem.tsx";
import { threadsOf, withoutComment } from "./threads.ts";

type State =
  | { kind: "loading" }
  | { kind: "failed"; failure: ApiFailure }
  | { kind: "ready"; comments: CommentWire[] };

/**
 * A story's comments, oldest first, with replies one level deep (ST8), and the form to add one.
 * If a comment read as someone in crisis, its writer alone sees support, privately (ST13).
 */
export function Comments({ storyId }: { storyId: string }) {
  const { t } = useTranslation("stories");
  const [state, setState] = useState<State>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [support, setSupport] = useState(false);
  const { status, say } = useStatus();
  const heading = useRef<HTMLHeadingElement>(null);
  const focusComment = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    void storiesApi.comments(storyId).then((r) => {
      if (!live) return;
      setState(r.ok ? { kind: "ready", comments: r.value.comments } : { kind: "failed", failure: r.failure });
    });
    return () => {
      live = false;
    };
  }, [storyId, attempt]);

  const threads = useMemo(() => (state.kind === "ready" ? threadsOf(state.comments) : []), [state]);

  // A comment just posted takes focus, so the writer knows where it landed.
  useEffect(() => {
    const id = focusComment.current;
    if (!id || support) return;
    focusComment.current = null;
    document.getElementById(commentElementId(id))?.focus();
  }, [threads, support]);

  const onPosted = useCallback((comment: CommentWire, needsSupport: boolean) => {
    setState((s) => (s.kind === "ready" ? { kind: "ready", comments: [...s.comments, comment] } : s));
    focusComment.current = comment.id;
    if (needsSupport) setSupport(true);
  }, []);

  const onDeleted = useCallback(
    (id: string) => {
      setState((s) => (s.kind === "ready" ? { kind: "ready", comments: withoutComment(s.comments, id) } : s));
      say(t("comments.deleted"));
      heading.current?.focus();
    },
    [say, t],
  );

  // Their comments leave the page both ways: read the list again as the server now sees it.
  const onBlocked = useCallback(() => {
    say(t("block.done"));
    heading.current?.focus();
    setAttempt((n) => n + 1);
  }, [say, t]);

  const list = useMemo(
    () => ({ storyId, onPosted, onDeleted, onBlocked }),
    [storyId, onPosted, onDeleted, onBlocked],
  );

  return (
    <section class="stack read-comments" aria-labelledby="story-comments-heading">
      <h2 id="story-comments-heading" ref={heading} tabIndex={-1}>
        {t("comments.heading")}
      </h2>
      {state.kind === "loading" && <p class="hint">{t("loading")}</p>}
      {state.kind === "failed" && (
        <LoadProblem failure={state.failure} onRetry={() => setAttempt((n) => n + 1)} />
      )}
      {state.kind === "ready" && threads.length === 0 && (
        <div class="read-first">
          <p class="read-first-heading">{t("comments.none")}</p>
          <p class="hint">{t("comments.noneHint")}</p>
        </div>
      )}
      {threads.length > 0 && (
        <ul class="plain-list read-comment-list">
          {threads.map((thread) => (
            <li key={thread.comment.id}>
              <CommentItem
                comment={thread.comment}
                replies={thread.replies}
                canReply={thread.canReply}
                list={list}
              />
            </li>
          ))}
        </ul>
      )}
      <Status status={status} class="read-status" />
      {support && <SupportPanel onClose={() => setSupport(false)} />}
      {state.kind === "ready" && (
        <CommentForm
          storyId={storyId}
          id="story-comment"
          label={t("comments.label")}
          submitLabel={t("comments.post")}
          onPosted={onPosted}
        />
      )}
    </section>
  );
}
