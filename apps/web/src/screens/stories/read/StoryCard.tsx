import type { ReaderFilters } from "@small-steps/core";
import type { StorySummaryWire } from "@small-steps/sync";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { AuthorBox } from "./AuthorBox.tsx";
import { Cover } from "./Cover.tsx";
import type { FeedItem } from "./feedView.ts";
import { StoryMeta } from "./StoryMeta.tsx";
import { excerptOf } from "./text.ts";

/** The heading's id, so the feed can move focus to the first story of a new page. */
export const cardHeadingId = (storyId: string) => `story-${storyId}-heading`;

/** One story in the feed: title, author, themes, notes, a short excerpt, hearts and comments. */
export function StoryCard({ item, prefs }: { item: FeedItem; prefs: ReaderFilters }) {
  const { story } = item;
  const [revealed, setRevealed] = useState(false);
  const link = useRef<HTMLAnchorElement>(null);
  const shown = item.choice === "show" || revealed;

  // After "Show anyway", focus goes to the title that took the cover's place.
  useEffect(() => {
    if (revealed) link.current?.focus();
  }, [revealed]);

  return (
    <article class="card read-card" aria-labelledby={cardHeadingId(story.id)}>
      {shown ? (
        <h2 id={cardHeadingId(story.id)} class="read-card-title" tabIndex={-1}>
          <a ref={link} href={`/stories/s/${story.id}`}>
            {story.title}
          </a>
        </h2>
      ) : (
        <Cover
          id={`story-${story.id}`}
          level={2}
          contentNotes={story.contentNotes}
          prefs={prefs}
          onShow={() => setRevealed(true)}
        />
      )}
      <AuthorBox author={story.author} you={story.mine} />
      <StoryMeta story={story} />
      {shown && <p class="read-excerpt">{excerptOf(story.excerpt)}</p>}
      <Counts story={story} />
    </article>
  );
}

function Counts({ story }: { story: StorySummaryWire }) {
  const { t } = useTranslation("stories");
  return (
    <p class="read-counts hint">
      {story.heartCount !== null && <span>{t("card.hearts", { count: story.heartCount })}</span>}
      <span>{t("card.comments", { count: story.commentCount })}</span>
    </p>
  );
}
