import type { CommentWire } from "@small-steps/sync";

export interface Thread {
  comment: CommentWire;
  replies: CommentWire[];
  /** A reply goes to a top-level comment only (ST8); a stray reply shown on its own takes none. */
  canReply: boolean;
}

/**
 * Comments as the page shows them: top-level ones oldest first, each with its replies (one level,
 * oldest first). A reply whose comment the reader can't see (held for a moderator) still shows,
 * in its place in time, so nobody's words silently vanish.
 */
export function threadsOf(comments: readonly CommentWire[]): Thread[] {
  const byTime = [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const tops = new Set(byTime.filter((c) => c.parentId === null).map((c) => c.id));
  const threads: Thread[] = [];
  const index = new Map<string, Thread>();
  for (const comment of byTime) {
    if (comment.parentId !== null && tops.has(comment.parentId)) continue;
    const thread: Thread = { comment, replies: [], canReply: comment.parentId === null };
    threads.push(thread);
    index.set(comment.id, thread);
  }
  for (const comment of byTime) {
    if (comment.parentId !== null) index.get(comment.parentId)?.replies.push(comment);
  }
  return threads;
}

/** The list after one comment is deleted: its replies go with it (ST8). */
export function withoutComment(comments: readonly CommentWire[], id: string): CommentWire[] {
  return comments.filter((c) => c.id !== id && c.parentId !== id);
}
