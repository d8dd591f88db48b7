import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import type { ApiFailure } from "../../../account/api.ts";
import { storiesApi } from "../../../stories/api.ts";
import { Status, useStatus } from "../../../ui/StatusMessage.tsx";
import { LoadProblem } from "./LoadProblem.tsx";
import { failureText } from "./problems.ts";
import "./read.css";
import { shortDate } from "../../../ui/dates.ts";

/** As the server keeps it: only what the blocker saw, a name (none when anonymous) and where (ST14). */
type Block = { id: string; name: string | null; storyTitle: string | null; createdAt: string };
type State =
  | { kind: "loading" }
  | { kind: "failed"; failure: ApiFailure }
  | { kind: "ready"; blocks: Block[] };

/** /stories/blocked: the people this reader blocked (ST14), each with "Unblock". */
export function BlockedScreen() {
  const { t, i18n } = useTranslation("stories");
  const [state, setState] = useState<State>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);
  const { status, say } = useStatus();
  const heading = useRef<HTMLHeadingElement>(null);
  const labelOf = (block: Block) => block.name ?? t("blocked.anonymous");

  useEffect(() => {
    let live = true;
    setState({ kind: "loading" });
    void storiesApi.blocks().then((r) => {
      if (!live) return;
      setState(r.ok ? { kind: "ready", blocks: r.value.blocks } : { kind: "failed", failure: r.failure });
    });
    return () => {
      live = false;
    };
  }, [attempt]);

  async function unblock(block: Block) {
    if (busy) return;
    setBusy(block.id);
    const r = await storiesApi.unblock(block.id);
    setBusy(null);
    if (!r.ok) {
      say(r.failure.kind === "refused" ? failureText(t, r.failure) : t("blocked.failed"), { error: true });
      return;
    }
    setState((s) =>
      s.kind === "ready" ? { kind: "ready", blocks: s.blocks.filter((b) => b.id !== block.id) } : s,
    );
    say(t("blocked.unblocked", { label: labelOf(block) }));
    // The row and its button are gone; the heading keeps the reader's place.
    heading.current?.focus();
  }

  return (
    <>
      <p>
        <a href="/stories">{t("back")}</a>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {t("blocked.heading")}
      </h1>
      <p>{t("blocked.intro")}</p>
      {state.kind === "loading" && <p class="hint">{t("loading")}</p>}
      {state.kind === "failed" && (
        <LoadProblem failure={state.failure} onRetry={() => setAttempt((n) => n + 1)} />
      )}
      {state.kind === "ready" && state.blocks.length === 0 && <p class="hint">{t("blocked.empty")}</p>}
      {state.kind === "ready" && state.blocks.length > 0 && (
        <ul class="plain-list read-blocked-list">
          {state.blocks.map((block) => (
            <li key={block.id} class="card row read-blocked">
              <div class="read-blocked-text">
                <p class="read-blocked-label">{labelOf(block)}</p>
                {block.storyTitle !== null && (
                  <p class="read-blocked-from">{t("blocked.from", { title: block.storyTitle })}</p>
                )}
                <p class="hint">{t("blocked.since", { date: shortDate(block.createdAt, i18n.language) })}</p>
              </div>
              <button
                type="button"
                aria-label={t("blocked.unblockWho", { label: labelOf(block) })}
                aria-disabled={busy === block.id}
                onClick={() => void unblock(block)}
              >
                {t("blocked.unblock")}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Status status={status} class="read-status" />
    </>
  );
}
