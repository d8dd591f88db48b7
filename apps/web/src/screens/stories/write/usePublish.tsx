import { useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { storiesApi } from "../../../stories/api.ts";
import { SupportPanel } from "../SupportPanel.tsx";
import { type StoryProblem, storyProblemOf } from "./problems.ts";

export const storyHref = (id: string) => `/stories/s/${id}`;

/**
 * Publishing, from the form or from "my stories". The server may answer that the words read as
 * someone in crisis (ST13): then, and only for the author, the support panel comes first, and
 * closing it goes on to the story. Otherwise straight to the story.
 */
export function usePublish() {
  const { route } = useLocation();
  const [supportFor, setSupportFor] = useState<string | null>(null);

  /** Resolves null when published (and on its way), or the problem in the server's words. */
  async function publish(id: string): Promise<StoryProblem | null> {
    const r = await storiesApi.publish(id);
    if (!r.ok) return storyProblemOf(r.failure);
    if (r.value.support) setSupportFor(r.value.story.id);
    else route(storyHref(r.value.story.id));
    return null;
  }

  const panel = supportFor ? <SupportPanel onClose={() => route(storyHref(supportFor))} /> : null;
  return { publish, panel };
}
