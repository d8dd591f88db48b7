import { type StorySummaryWire, storyThemeSchema } from "@small-steps/sync";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { useTranslation } from "react-i18next";
import type { ApiFailure } from "../../../account/api.ts";
import { storiesApi } from "../../../stories/api.ts";
import { loadReaderPrefs } from "../../../stories/readerPrefs.ts";
import { Status, useStatus } from "../../../ui/StatusMessage.tsx";
import { appendPage, arrangeFeed } from "./feedView.ts";
import { takeFlash } from "./flash.ts";
import { LoadProblem } from "./LoadProblem.tsx";
import { failureText } from "./problems.ts";
import { StoriesNav } from "./StoriesNav.tsx";
import { cardHeadingId, StoryCard } from "./StoryCard.tsx";
import { ThemeChips, type ThemeChoice } from "./ThemeChips.tsx";
import "./read.css";

const END = "story-feed-end";

type FeedState =
  | { kind: "loading" }
  | { kind: "failed"; failure: ApiFailure }
  | { kind: "ready"; stories: StorySummaryWire[]; next: string | null };

/** /stories: published stories, newest first, one theme or all, a page at a time (ST7). */
export function FeedScreen() {
  const { t } = useTranslation("stories");
  // The theme lives in the address (?theme=hope), so coming back from a story keeps it.
  const { query, route } = useLocation();
  const parsedTheme = storyThemeSchema.safeParse(query.theme);
  const theme: ThemeChoice = parsedTheme.success ? parsedTheme.data : "all";
  const setTheme = (next: ThemeChoice) => route(next === "all" ? "/stories" : `/stories?theme=${next}`, true);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<FeedState>({ kind: "loading" });
  const [loadingMore, setLoadingMore] = useState(false);
  // Read once per visit: the filters screen is another route, so coming back reads them afresh.
  const [prefs] = useState(loadReaderPrefs);
  const { status, say } = useStatus();
  const focusAfter = useRef<string | null>(null);
  // Which first load is current: a page asked for under another theme is dropped.
  const generation = useRef(0);

  useEffect(() => {
    const flash = takeFlash();
    if (flash) say(flash);
  }, [say]);

  useEffect(() => {
    let live = true;
    generation.current += 1;
    setState({ kind: "loading" });
    void storiesApi.feed(theme === "all" ? {} : { theme }).then((r) => {
      if (!live) return;
      setState(r.ok ? { kind: "ready", ...r.value } : { kind: "failed", failure: r.failure });
    });
    return () => {
      live = false;
    };
  }, [theme, attempt]);

  const arranged = useMemo(
    () => (state.kind === "ready" ? arrangeFeed(state.stories, prefs) : { items: [], hidden: 0 }),
    [state, prefs],
  );

  // After "Show more", focus moves to the first new story the reader can see.
  useEffect(() => {
    const id = focusAfter.current;
    if (!id) return;
    focusAfter.current = null;
    document.getElementById(id === END ? END : cardHeadingId(id))?.focus();
  }, [arranged]);

  async function showMore() {
    if (state.kind !== "ready" || !state.next || loadingMore) return;
    const asked = generation.current;
    setLoadingMore(true);
    say(t("feed.loadingMore"));
    const r = await storiesApi.feed({ ...(theme === "all" ? {} : { theme }), before: state.next });
    setLoadingMore(false);
    if (asked !== generation.current) return;
    if (!r.ok) {
      say(failureText(t, r.failure), { error: true });
      return;
    }
    const stories = appendPage(state.stories, r.value.stories);
    const fresh = arrangeFeed(stories.slice(state.stories.length), prefs).items;
    // Nothing new to see (all hidden) and no button left: the end of the list takes focus.
    focusAfter.current = fresh[0]?.story.id ?? (r.value.next ? null : END);
    say(t("feed.moreShown", { count: fresh.length }));
    setState({ kind: "ready", stories, next: r.value.next });
  }

  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("feed.intro")}</p>
      <StoriesNav />
      <ThemeChips value={theme} onChange={setTheme} />
      {state.kind === "loading" && <p class="hint">{t("loading")}</p>}
      {state.kind === "failed" && (
        <LoadProblem failure={state.failure} onRetry={() => setAttempt((n) => n + 1)} />
      )}
      {state.kind === "ready" && (
        <>
          {state.stories.length === 0 && <Empty theme={theme} />}
          {arranged.items.length > 0 && (
            <ul class="plain-list read-list" aria-label={t("feed.listLabel")}>
              {arranged.items.map((item) => (
                <li key={item.story.id}>
                  <StoryCard item={item} prefs={prefs} />
                </li>
              ))}
            </ul>
          )}
          {arranged.hidden > 0 && (
            <p class="hint read-hidden-line">
              <a href="/stories/filters">{t("feed.hidden", { count: arranged.hidden })}</a>
            </p>
          )}
          {state.next ? (
            <div>
              <button type="button" onClick={showMore} aria-disabled={loadingMore} aria-busy={loadingMore}>
                {t("feed.showMore")}
              </button>
            </div>
          ) : (
            state.stories.length > 0 && (
              <p id={END} class="hint" tabIndex={-1}>
                {t("feed.noMore")}
              </p>
            )
          )}
        </>
      )}
      <Status status={status} class="read-status" />
    </>
  );
}

function Empty({ theme }: { theme: ThemeChoice }) {
  const { t } = useTranslation("stories");
  return (
    <div class="card stack read-empty">
      <p>{theme === "all" ? t("feed.empty") : t("feed.emptyTheme")}</p>
      <p>
        <a href="/stories/write">{t("nav.write")}</a>
      </p>
    </div>
  );
}
