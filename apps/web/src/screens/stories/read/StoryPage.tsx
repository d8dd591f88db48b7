import type { StoryWire } from "@small-steps/sync";
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { useTranslation } from "react-i18next";
import type { ApiFailure } from "../../../account/api.ts";
import { storiesApi } from "../../../stories/api.ts";
import { loadReaderPrefs } from "../../../stories/readerPrefs.ts";
import { AuthorBox } from "./AuthorBox.tsx";
import { BlockAction } from "./BlockAction.tsx";
import { Comments } from "./Comments.tsx";
import { Cover } from "./Cover.tsx";
import { pageChoice } from "./feedView.ts";
import { setFlash } from "./flash.ts";
import { HeartButton } from "./HeartButton.tsx";
import { LoadProblem } from "./LoadProblem.tsx";
import { ReportForm } from "./ReportForm.tsx";
import { StoryMeta } from "./StoryMeta.tsx";
import { splitParagraphs } from "./text.ts";
import "./read.css";

type State =
  | { kind: "loading" }
  | { kind: "failed"; failure: ApiFailure }
  | { kind: "ready"; story: StoryWire };

/** /stories/s/:id: one story with its author, hearts and comments; every word rendered as text (ST9). */
export function StoryPage({ storyId }: { storyId: string }) {
  const { t } = useTranslation("stories");
  const [state, setState] = useState<State>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ kind: "loading" });
    void storiesApi.story(storyId).then((r) => {
      if (!live) return;
      setState(r.ok ? { kind: "ready", story: r.value } : { kind: "failed", failure: r.failure });
    });
    return () => {
      live = false;
    };
  }, [storyId, attempt]);

  return (
    <>
      <p>
        <a href="/stories">{t("back")}</a>
      </p>
      {state.kind === "ready" ? (
        <StoryView story={state.story} />
      ) : (
        <>
          <h1>{t("title")}</h1>
          {state.kind === "loading" && <p class="hint">{t("loading")}</p>}
          {state.kind === "failed" && (
            <LoadProblem failure={state.failure} onRetry={() => setAttempt((n) => n + 1)} />
          )}
        </>
      )}
    </>
  );
}

function StoryView({ story }: { story: StoryWire }) {
  const { t } = useTranslation("stories");
  const { route } = useLocation();
  const [prefs] = useState(loadReaderPrefs);
  const [revealed, setRevealed] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  const shown = revealed || pageChoice(story.contentNotes, prefs) === "show";
  const published = story.status === "published";

  // After "Show anyway", the title that took the cover's place takes focus.
  useEffect(() => {
    if (revealed) title.current?.focus();
  }, [revealed]);

  const onBlocked = useCallback(() => {
    setFlash(t("block.done"));
    route("/stories");
  }, [route, t]);

  return (
    <>
      <article class="stack read-page" aria-labelledby="story-heading">
        <header class="stack read-page-head">
          {shown ? (
            <h1 id="story-heading" ref={title} tabIndex={-1} class="read-title">
              {story.title}
            </h1>
          ) : (
            <Cover
              id="story"
              level={1}
              contentNotes={story.contentNotes}
              prefs={prefs}
              onShow={() => setRevealed(true)}
            />
          )}
          <AuthorBox author={story.author} showAbout nameId="story-author-name" you={story.mine} />
          <StoryMeta story={story} />
        </header>
        {story.status === "draft" && <p class="read-draft-note">{t("story.draft")}</p>}
        {shown && (
          <div class="read-body">
            {splitParagraphs(story.body).map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
        )}
        <div class="row read-actions">
          {shown && published && !story.mine && <HeartButton story={story} />}
          {story.mine && published && story.heartCount !== null && (
            <p>
              {t("story.hearts", { count: story.heartCount })}
              {story.hideHearts && <span class="hint"> {t("story.heartsHidden")}</span>}
            </p>
          )}
          {story.mine && (
            <a class="button" href={`/stories/write/${story.id}`}>
              {t("story.edit")}
            </a>
          )}
        </div>
        {published && !story.mine && (
          <div class="row read-safety">
            <ReportForm kind="story" targetId={story.id} describedBy="story-author-name" />
            <BlockAction
              block={() => storiesApi.blockStoryAuthor(story.id)}
              onBlocked={onBlocked}
              describedBy="story-author-name"
            />
          </div>
        )}
      </article>
      {shown && published && <Comments storyId={story.id} />}
      {shown && published && !story.mine && (
        <div class="card stack read-invite">
          <p>{t("invite.text")}</p>
          <p>
            <a class="button" href="/stories/write">
              {t("invite.link")}
            </a>
          </p>
        </div>
      )}
    </>
  );
}
