import type { QueueItem } from "@small-steps/sync";
import type { TFunction } from "i18next";

/**
 * The moderation screen's words for what the server sends (packages/sync/src/moderation.ts): why
 * an item is here, what it is, where it stands, and what a decision did. Pure, so each is tested.
 */

export type ModerationAction = "hide" | "restore" | "dismiss" | "ban";

/** "Reported: unkind or harsh", "Posted after the gentle nudge", … */
export function whyText(t: TFunction, item: Pick<QueueItem, "kind" | "reason">): string {
  if (item.kind === "report") {
    return t("moderation:why.report", { reason: t(`moderation:reason.${item.reason ?? "other"}`) });
  }
  return t(`moderation:why.${item.kind}`);
}

/** "The story “…”" or "A comment on “…”": what the decision is about. */
export function whatText(t: TFunction, item: Pick<QueueItem, "target" | "content">): string {
  return t(`moderation:item.${item.target}`, { title: item.content.title });
}

const KNOWN_STATUSES = ["visible", "published", "held", "hidden", "draft"];

/** Where the content stands now, in words; an unknown status is shown as the server said it. */
export function statusText(t: TFunction, status: string): string {
  return KNOWN_STATUSES.includes(status)
    ? t(`moderation:status.${status}`)
    : t("moderation:status.other", { status });
}

/** "Content notes: grief, abuse", "No content notes", or null for a comment (it has none). */
export function notesText(
  t: TFunction,
  notes: QueueItem["content"]["contentNotes"],
  language: string,
): string | null {
  if (notes === null) return null;
  if (notes[0] === "none") return t("moderation:notes.none");
  const topics = notes.map((n) => t(`moderation:notes.topic.${n}`));
  return t("moderation:notes.label", {
    notes: new Intl.ListFormat(language, { type: "unit", style: "short" }).format(topics),
  });
}

/**
 * Heavy reading is named before the words: words that read as crisis, or a story whose author
 * gave it content notes.
 */
export function isHeavy(item: Pick<QueueItem, "kind" | "content">): boolean {
  if (item.kind === "crisis") return true;
  const notes = item.content.contentNotes;
  return notes !== null && notes[0] !== "none";
}

export interface ActionChoice {
  action: ModerationAction;
  /** Key under moderation:action. */
  label: "hide" | "restore" | "letThrough" | "dismiss" | "ban";
}

/**
 * The decisions that make sense for where the content stands. A held comment is let through
 * (the server treats "nothing needed" on it the same, so that choice is not offered twice); a
 * hidden one can be restored; anything readers see can be hidden or left as it is. Ban is offered
 * unless the author is banned already.
 */
export function actionsFor(item: Pick<QueueItem, "content" | "author">): ActionChoice[] {
  const status = item.content.status;
  const choices: ActionChoice[] =
    status === "held"
      ? [
          { action: "restore", label: "letThrough" },
          { action: "hide", label: "hide" },
        ]
      : status === "hidden"
        ? [
            { action: "restore", label: "restore" },
            { action: "dismiss", label: "dismiss" },
          ]
        : [
            { action: "hide", label: "hide" },
            { action: "dismiss", label: "dismiss" },
          ];
  if (!item.author.banned) choices.push({ action: "ban", label: "ban" });
  return choices;
}

/** The polite line after a decision was saved. */
export function doneText(t: TFunction, choice: ActionChoice, item: Pick<QueueItem, "author">): string {
  if (choice.action === "ban") return t("moderation:done.ban", { username: item.author.username });
  return t(`moderation:done.${choice.label}`);
}

const sameTarget = (a: QueueItem, b: QueueItem) =>
  a.content.storyId === b.content.storyId && a.content.commentId === b.content.commentId;

/**
 * What is still open after a decision, as the server settles it: every item about the same story
 * or comment goes together; a ban settles everything about that author's words.
 */
export function remainingAfter(items: QueueItem[], acted: QueueItem, action: ModerationAction): QueueItem[] {
  if (action === "ban") return items.filter((i) => i.author.username !== acted.author.username);
  return items.filter((i) => !sameTarget(i, acted));
}

/**
 * Where focus goes once an item leaves the list: the item that now stands where it stood (or the
 * one before it, at the end of the list), or null for the list's heading when none are left.
 */
export function focusAfter(before: QueueItem[], remaining: QueueItem[], actedId: string): string | null {
  if (remaining.length === 0) return null;
  const left = new Set(remaining.map((i) => i.id));
  const at = before.findIndex((i) => i.id === actedId);
  for (let i = at + 1; i < before.length; i++) {
    const next = before[i];
    if (next && left.has(next.id)) return next.id;
  }
  for (let i = at - 1; i >= 0; i--) {
    const previous = before[i];
    if (previous && left.has(previous.id)) return previous.id;
  }
  return remaining[0]?.id ?? null;
}
