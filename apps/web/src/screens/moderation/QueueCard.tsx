import type { QueueItem } from "@small-steps/sync";
import { useTranslation } from "react-i18next";
import { Status, type StatusMessage } from "../../ui/StatusMessage.tsx";
import { ItemActions } from "./ItemActions.tsx";
import { ItemText } from "./ItemText.tsx";
import { whenText } from "./logWords.ts";
import { type ActionChoice, isHeavy, notesText, statusText, whatText, whyText } from "./words.ts";

/** The element id of an item's heading, where focus goes when the item before it leaves. */
export const itemHeadingId = (id: string) => `mod-item-${id}`;

interface Props {
  item: QueueItem;
  busy: boolean;
  /** A problem with a decision on this item, said beside its buttons. */
  problem: StatusMessage | null;
  onAct: (choice: ActionChoice, reason: string | undefined) => void;
}

/**
 * One item in the queue, in the order a moderator needs it: why it is here and what it is, then
 * anything heavy named before the words (crisis, content notes), the words as text, where it
 * stands and who wrote it, and the decisions.
 */
export function QueueCard({ item, busy, problem, onAct }: Props) {
  const { t, i18n } = useTranslation("moderation");
  const headingId = itemHeadingId(item.id);
  const notes = notesText(t, item.content.contentNotes, i18n.language);
  const heavy = isHeavy(item);
  const { author } = item;
  return (
    <article
      class={`card stack mod-item${item.kind === "crisis" ? " is-crisis" : ""}`}
      aria-labelledby={headingId}
      aria-busy={busy}
    >
      <h3 id={headingId} tabIndex={-1} class="mod-item-heading">
        <span class="mod-why">{whyText(t, item)}</span> <span class="mod-what">{whatText(t, item)}</span>
      </h3>
      {item.kind === "crisis" && <p class="mod-care">{t("item.crisisCare")}</p>}
      {item.note !== null && (
        <div class="mod-note">
          <p class="mod-label">{t("item.readerNote")}</p>
          <blockquote class="mod-quote">{item.note}</blockquote>
        </div>
      )}
      {notes !== null && <p class="mod-notes">{notes}</p>}
      <div class="mod-words">
        <p class="mod-label">{t("item.words")}</p>
        {heavy && <p class="hint">{t("item.heavy")}</p>}
        <ItemText id={`${headingId}-text`} body={item.content.body} />
      </div>
      <dl class="mod-facts">
        <dt>{t("item.writtenBy")}</dt>
        <dd>
          <span class="mod-author">
            {author.profileName === null
              ? t("item.noProfile", { username: author.username })
              : t("item.name", { name: author.profileName, username: author.username })}
          </span>
          {author.anonymous && <span class="mod-tag">{t("item.anonymous")}</span>}
          {author.banned && <span class="mod-tag">{t("item.banned")}</span>}
        </dd>
        <dt>{t("item.now")}</dt>
        <dd>{statusText(t, item.content.status)}</dd>
        <dt>{t("item.since")}</dt>
        <dd>
          <time dateTime={item.createdAt}>{whenText(item.createdAt, i18n.language)}</time>
        </dd>
      </dl>
      <ItemActions item={item} headingId={headingId} busy={busy} onAct={onAct} />
      <Status status={problem} class="mod-status" note />
    </article>
  );
}
