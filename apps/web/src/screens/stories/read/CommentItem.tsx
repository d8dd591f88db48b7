import type { CommentWire } from "@small-steps/sync";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { storiesApi } from "../../../stories/api.ts";
import { shortDate } from "../../../ui/dates.ts";
import { AuthorBox } from "./AuthorBox.tsx";
import { BlockAction } from "./BlockAction.tsx";
import { CommentForm } from "./CommentForm.tsx";
import { DeleteComment } from "./DeleteComment.tsx";
import { ReportForm } from "./ReportForm.tsx";
import { splitParagraphs } from "./text.ts";

/** The element id of a comment, so the page can move focus to one just posted. */
export const commentElementId = (id: string) => `comment-${id}`;

/** What every comment on a story needs from the list around it, replies too. */
export interface CommentList {
  storyId: string;
  onPosted: (comment: CommentWire, support: boolean) => void;
  onDeleted: (id: string) => void;
  onBlocked: () => void;
}

interface Props {
  comment: CommentWire;
  list: CommentList;
  replies?: CommentWire[];
  canReply?: boolean;
}

/** One comment, its own actions (reply, report, block, or delete when it is mine) and its replies. */
export function CommentItem({ comment, list, replies = [], canReply = false }: Props) {
  const { storyId, onPosted, onDeleted, onBlocked } = list;
  const { t, i18n } = useTranslation("stories");
  const [replying, setReplying] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  const backToReply = useRef(false);
  // "Not now" puts the reply away; focus goes back to the button that opened it.
  useEffect(() => {
    if (!replying && backToReply.current) {
      backToReply.current = false;
      replyButton.current?.focus();
    }
  }, [replying]);
  const elementId = commentElementId(comment.id);
  const nameId = `${elementId}-name`;
  const name = comment.author.anonymous ? t("author.anonymous") : comment.author.name;

  return (
    <article id={elementId} tabIndex={-1} class="read-comment" aria-labelledby={nameId}>
      <AuthorBox author={comment.author} nameId={nameId} you={comment.mine} />
      <p class="hint">{shortDate(comment.createdAt, i18n.language)}</p>
      {comment.status === "held" && (
        <p class="read-held">
          {t("comments.held")} <span class="hint">{t("comments.heldHint")}</span>
        </p>
      )}
      <div class="read-comment-body">
        {splitParagraphs(comment.body).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      <div class="row read-comment-actions">
        {canReply && !replying && (
          <button
            ref={replyButton}
            type="button"
            class="quiet"
            aria-describedby={nameId}
            onClick={() => setReplying(true)}
          >
            {t("comments.reply")}
          </button>
        )}
        {comment.mine ? (
          <DeleteComment commentId={comment.id} onDeleted={() => onDeleted(comment.id)} />
        ) : (
          <>
            <ReportForm kind="comment" targetId={comment.id} describedBy={nameId} />
            <BlockAction
              block={() => storiesApi.blockCommentAuthor(comment.id)}
              onBlocked={onBlocked}
              describedBy={nameId}
            />
          </>
        )}
      </div>
      {replying && (
        <CommentForm
          storyId={storyId}
          parentId={comment.id}
          id={`reply-${comment.id}`}
          label={t("comments.replyLabel", { name })}
          submitLabel={t("comments.postReply")}
          autoFocus
          onCancel={() => {
            backToReply.current = true;
            setReplying(false);
          }}
          onPosted={(reply, support) => {
            setReplying(false);
            onPosted(reply, support);
          }}
        />
      )}
      {replies.length > 0 && (
        <ul class="plain-list read-replies" aria-label={t("comments.replies", { name })}>
          {replies.map((reply) => (
            <li key={reply.id}>
              <CommentItem comment={reply} list={list} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
