import type { StoryProfile, StoryWire } from "@small-steps/sync";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { storiesApi } from "../../../stories/api.ts";
import { Status, useStatus } from "../../../ui/StatusMessage.tsx";
import { MineItem } from "./MineItem.tsx";
import { type StoryProblem, storyProblemOf, storyProblemText } from "./problems.ts";
import { StoryGate } from "./StoryGate.tsx";
import { usePublish } from "./usePublish.tsx";
import "./write.css";

/** /stories/mine: my drafts, published stories and any a moderator took down, newest change first. */
export function MineScreen() {
  const { t } = useTranslation("storiesWrite");
  return <StoryGate title={t("mine.title")}>{(profile) => <Mine profile={profile} />}</StoryGate>;
}

type Loaded =
  | { kind: "loading" }
  | { kind: "problem"; problem: StoryProblem }
  | { kind: "ready"; stories: StoryWire[] };

function Mine({ profile }: { profile: StoryProfile | null }) {
  const { t } = useTranslation("storiesWrite");
  const [state, setState] = useState<Loaded>({ kind: "loading" });
  const { status, say } = useStatus();
  const { publish, panel } = usePublish();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void storiesApi.mine().then((r) => {
      if (!live) return;
      setState(
        r.ok
          ? { kind: "ready", stories: r.value.stories }
          : { kind: "problem", problem: storyProblemOf(r.failure) },
      );
    });
    return () => {
      live = false;
    };
  }, []);

  const replace = (story: StoryWire) =>
    setState((s) =>
      s.kind === "ready" ? { ...s, stories: s.stories.map((x) => (x.id === story.id ? story : x)) } : s,
    );

  const deleted = (story: StoryWire) => {
    setState((s) => (s.kind === "ready" ? { ...s, stories: s.stories.filter((x) => x.id !== story.id) } : s));
    say(t("mine.deleted", { title: story.title }));
    // The story and its buttons are gone; focus goes to the top of the list rather than nowhere.
    heading.current?.focus();
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t("mine.title")}
      </h1>
      {panel ?? (
        <>
          <div class="row story-links">
            <a class="button primary" href="/stories/write">
              {t("links.write")}
            </a>
            <a class="button" href="/stories/profile">
              {profile ? t("links.profile") : t("links.makeProfile")}
            </a>
          </div>
          {!profile && <p class="hint">{t("mine.noProfile")}</p>}
          <Status status={status} class="story-status" note />
          {state.kind === "loading" && <p class="hint">{t("loading")}</p>}
          {state.kind === "problem" && (
            <p class="error-message">{storyProblemText(t, state.problem, "load")}</p>
          )}
          {state.kind === "ready" &&
            (state.stories.length === 0 ? (
              <div class="stack story-empty">
                <p>{t("mine.emptyTitle")}</p>
                <p>{t("mine.empty")}</p>
              </div>
            ) : (
              <ul class="plain-list story-mine-list">
                {state.stories.map((story) => (
                  <li key={story.id}>
                    <MineItem
                      story={story}
                      onChanged={replace}
                      onDeleted={deleted}
                      onPublish={(s) => publish(s.id)}
                    />
                  </li>
                ))}
              </ul>
            ))}
        </>
      )}
    </>
  );
}
