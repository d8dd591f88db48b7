import type { StoryProfile } from "@small-steps/sync";
import type { ComponentChildren } from "preact";
import { useCallback, useEffect, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { storiesApi } from "../../../stories/api.ts";
import { RetryProblem } from "../../../ui/RetryProblem.tsx";
import { AccountNeeded } from "../AccountNeeded.tsx";
import { type StoryProblem, storyProblemOf, storyProblemText } from "./problems.ts";

interface Props {
  /** The screen's h1 until it is ready; the screen shows its own after. */
  title: string;
  /** The screen, given the author profile (null when there is none yet). */
  children: (profile: StoryProfile | null) => ComponentChildren;
}

type State =
  | { kind: "loading" }
  | { kind: "problem"; problem: StoryProblem }
  | { kind: "ready"; profile: StoryProfile | null };

/**
 * Stories live on the server (ST1: every route needs a session), so each writing screen first asks
 * for the author profile: that tells us the person is signed in and whether they have a profile.
 * Until then this explains, calmly, and offers the one next step.
 */
export function StoryGate({ title, children }: Props) {
  const { t } = useTranslation("storiesWrite");
  const [state, setState] = useState<State>({ kind: "loading" });

  const load = useCallback(() => {
    let live = true;
    setState({ kind: "loading" });
    void storiesApi.profile().then((r) => {
      if (!live) return;
      setState(
        r.ok
          ? { kind: "ready", profile: r.value.profile }
          : { kind: "problem", problem: storyProblemOf(r.failure) },
      );
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(load, [load]);

  if (state.kind === "ready") return <>{children(state.profile)}</>;
  return (
    <>
      <h1>{title}</h1>
      {state.kind === "loading" && <p class="hint">{t("loading")}</p>}
      {state.kind === "problem" &&
        (state.problem.kind === "signedOut" ? (
          <AccountNeeded
            heading={t("account.heading")}
            why={[t("account.why"), t("account.private")]}
            link={t("account.link")}
          />
        ) : (
          <RetryProblem
            text={storyProblemText(t, state.problem, "load")}
            retry={{ label: t("tryAgain"), onRetry: load }}
          />
        ))}
    </>
  );
}
