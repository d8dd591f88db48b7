import type { StoryWire } from "@small-steps/sync";
import { useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { storiesApi } from "../../../stories/api.ts";
import { shortDate } from "../../../ui/dates.ts";
import { Status, useStatus } from "../../../ui/StatusMessage.tsx";
import { DeleteStory } from "./DeleteStory.tsx";
import { type StoryProblem, storyProblemOf, storyProblemText } from "./problems.ts";
import { storyHref } from "./usePublish.tsx";

interface Props {
  story: StoryWire;
  onChanged: (story: StoryWire) => void;
  onDeleted: (story: StoryWire) => void;
  /** Publishing goes through the screen, which may show the support panel first. */
  onPublish: (story: StoryWire) => Promise<StoryProblem | null>;
}

/** One of my stories: where it stands, and what I can do with it. */
export function MineItem({ story, onChanged, onDeleted, onPublish }: Props) {
  const { t, i18n } = useTranslation("storiesWrite");
  const { status, say } = useStatus();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = `story-${story.id}-title`;
  const which = <span class="visually-hidden"> {t("mine.which", { title: story.title })}</span>;

  async function act(work: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }

  const sayProblem = (p: StoryProblem) =>
    p.kind === "noProfile"
      ? say(t("problems.noProfile"), {
          error: true,
          link: { href: "/stories/profile", label: t("problems.noProfileLink") },
        })
      : say(storyProblemText(t, p), { error: true });

  const publish = () =>
    act(async () => {
      const problem = await onPublish(story);
      if (problem) sayProblem(problem);
    });

  const unpublish = () =>
    act(async () => {
      const r = await storiesApi.unpublish(story.id);
      if (!r.ok) return sayProblem(storyProblemOf(r.failure));
      onChanged(r.value);
      say(t("mine.unpublished"));
      // The button that was pressed is gone (Publish takes its place): focus goes to the story's name.
      heading.current?.focus();
    });

  const toggleHearts = () =>
    act(async () => {
      const hide = !story.hideHearts;
      const r = await storiesApi.hideHearts(story.id, hide);
      if (!r.ok) return sayProblem(storyProblemOf(r.failure));
      onChanged({ ...story, hideHearts: hide });
      say(hide ? t("mine.heartsHidden") : t("mine.heartsShown"));
    });

  return (
    <article class="card stack story-mine" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1} class="story-mine-title">
        {story.title}
      </h2>
      <p class="story-mine-status">
        <span class={`story-badge is-${story.status}`}>{t(`mine.status.${story.status}`)}</span>{" "}
        {story.status === "published" && story.publishedAt
          ? t("mine.sharedOn", { date: shortDate(story.publishedAt, i18n.language) })
          : t(`mine.statusNote.${story.status}`)}
        {story.status === "draft" && (
          <> {t("mine.changedOn", { date: shortDate(story.updatedAt, i18n.language) })}</>
        )}
        {story.anonymous && <> {t("mine.anonymous")}</>}
      </p>
      {story.status === "published" && (
        <p class="hint">
          {t("mine.hearts", { count: story.heartCount ?? 0 })}{" "}
          {story.hideHearts ? t("mine.heartsHiddenNote") : t("mine.heartsShownNote")}
        </p>
      )}
      {story.status !== "hidden" && (
        <div class="row story-mine-actions">
          {story.status === "published" && (
            <a class="button" href={storyHref(story.id)}>
              {t("mine.read")}
              {which}
            </a>
          )}
          <a class="button" href={`/stories/write/${story.id}`}>
            {t("mine.edit")}
            {which}
          </a>
          {story.status === "draft" ? (
            <button type="button" class="primary" aria-disabled={busy} onClick={publish}>
              {t("mine.publish")}
              {which}
            </button>
          ) : (
            <button type="button" aria-disabled={busy} onClick={unpublish}>
              {t("mine.unpublish")}
              {which}
            </button>
          )}
          {story.status === "published" && (
            <button type="button" aria-disabled={busy} onClick={toggleHearts}>
              {story.hideHearts ? t("mine.showHearts") : t("mine.hideHearts")}
              {which}
            </button>
          )}
        </div>
      )}
      <Status status={status} class="story-status" note />
      <DeleteStory id={story.id} title={story.title} onDeleted={() => onDeleted(story)} />
    </article>
  );
}
