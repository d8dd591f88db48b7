import type { StoryWire } from "@small-steps/sync";
import { useEffect, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { storiesApi } from "../../../stories/api.ts";
import { type StoryProblem, storyProblemOf, storyProblemText } from "./problems.ts";
import { StoryForm } from "./StoryForm.tsx";
import { StoryGate } from "./StoryGate.tsx";
import { draftFromStory, emptyDraft } from "./storyDraft.ts";
import "./write.css";

/** /stories/write (a new story) and /stories/write/:id (editing one of mine). */
export function WriteScreen({ storyId }: { storyId?: string }) {
  const { t } = useTranslation("storiesWrite");
  const title = storyId ? t("write.editTitle") : t("write.title");
  return (
    <StoryGate title={title}>
      {(profile) => (
        <>
          <h1>{title}</h1>
          {storyId ? (
            <EditStory id={storyId} hasProfile={profile !== null} />
          ) : (
            <>
              <p>{t("write.intro")}</p>
              <StoryForm initial={emptyDraft()} hasProfile={profile !== null} />
            </>
          )}
          <p>
            <a href="/stories/mine">{t("links.mine")}</a>
          </p>
        </>
      )}
    </StoryGate>
  );
}

type Loaded =
  | { kind: "loading" }
  | { kind: "problem"; problem: StoryProblem }
  | { kind: "ready"; story: StoryWire };

function EditStory({ id, hasProfile }: { id: string; hasProfile: boolean }) {
  const { t } = useTranslation("storiesWrite");
  const [state, setState] = useState<Loaded>({ kind: "loading" });

  useEffect(() => {
    let live = true;
    void storiesApi.story(id).then((r) => {
      if (!live) return;
      // Someone else's story answers 404 like a missing one (ST4), so "mine" is checked too.
      if (r.ok && r.value.mine) setState({ kind: "ready", story: r.value });
      else setState({ kind: "problem", problem: r.ok ? { kind: "notFound" } : storyProblemOf(r.failure) });
    });
    return () => {
      live = false;
    };
  }, [id]);

  if (state.kind === "loading") return <p class="hint">{t("loading")}</p>;
  if (state.kind === "problem")
    return <p class="error-message">{storyProblemText(t, state.problem, "load")}</p>;
  return <StoryForm initial={draftFromStory(state.story)} story={state.story} hasProfile={hasProfile} />;
}
