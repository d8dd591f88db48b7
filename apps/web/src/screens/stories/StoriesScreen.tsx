import { useLocation, useRoute } from "preact-iso";
import { useTranslation } from "react-i18next";
import { NotFound } from "../../app/NotFound.tsx";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { addBundle } from "../../i18n/addBundle.ts";
import { lazyResources } from "../../i18n/lazyResources.ts";
import { BlockedScreen } from "./read/BlockedScreen.tsx";
import { FeedScreen } from "./read/FeedScreen.tsx";
import { FiltersScreen } from "./read/FiltersScreen.tsx";
import { StoryPage } from "./read/StoryPage.tsx";
import { FromJournalScreen } from "./write/FromJournalScreen.tsx";
import { MineScreen } from "./write/MineScreen.tsx";
import { ProfileScreen } from "./write/ProfileScreen.tsx";
import { WriteScreen } from "./write/WriteScreen.tsx";
import "./stories.css";

addBundle("stories", lazyResources.stories);
addBundle("storiesWrite", lazyResources.storiesWrite);

/**
 * Stories (docs/stories.md), one lazy chunk with its own words:
 * /stories                   the feed, newest first, by theme
 * /stories/s/:id             one story: author box, hearts, comments
 * /stories/filters           reader filters per content note (show / blur / hide)
 * /stories/blocked           people I blocked, with unblock
 * /stories/mine              my drafts and published stories
 * /stories/profile           my author profile
 * /stories/write             a new story; /stories/write/:id edits one
 * /stories/from-journal/:id  start from a journal entry, after a "this will be public" step
 */
export function StoriesScreen() {
  const { t } = useTranslation("stories");
  // The tab says "Stories", never a story's title: someone may glance at the tab bar.
  usePageTitle(t("title"));
  const { path } = useLocation();
  const { params } = useRoute();
  const sub = path.replace(/^\/stories\/?/, "").replace(/\/$/, "");
  return <section class="stack stories">{screenFor(sub, params.id)}</section>;
}

function screenFor(sub: string, id: string | undefined) {
  if (sub === "") return <FeedScreen />;
  if (sub === "filters") return <FiltersScreen />;
  if (sub === "blocked") return <BlockedScreen />;
  if (sub === "mine") return <MineScreen />;
  if (sub === "profile") return <ProfileScreen />;
  if (sub === "write") return <WriteScreen key="new" />;
  if (sub.startsWith("write/") && id) return <WriteScreen key={id} storyId={id} />;
  if (sub.startsWith("from-journal/") && id) return <FromJournalScreen key={id} entryId={id} />;
  if (sub.startsWith("s/") && id) return <StoryPage key={id} storyId={id} />;
  return <NotFound />;
}
