import type { QueueItem } from "@small-steps/sync";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import type { ApiFailure } from "../../account/api.ts";
import { moderationApi } from "../../stories/api.ts";
import { Status, type StatusMessage, useStatus } from "../../ui/StatusMessage.tsx";
import { LoadProblem } from "./LoadProblem.tsx";
import { failureText, isGone } from "./problems.ts";
import { itemHeadingId, QueueCard } from "./QueueCard.tsx";
import { type ActionChoice, doneText, focusAfter, remainingAfter } from "./words.ts";

type State =
  | { kind: "loading" }
  | { kind: "failed"; failure: ApiFailure }
  | { kind: "ready"; items: QueueItem[] };

/**
 * /moderation: what waits for a look, crisis first (the server's order), one card each. After a
 * decision the item leaves with a polite line, and focus moves to the item now in its place, or
 * to the list's heading when none are left.
 */
export function QueueScreen() {
  const { t } = useTranslation("moderation");
  const [state, setState] = useState<State>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ id: string; message: StatusMessage } | null>(null);
  const { status, say, clear } = useStatus();
  const heading = useRef<HTMLHeadingElement>(null);
  // undefined: nothing to move; null: the list's heading; a string: that item's heading.
  const focusNext = useRef<string | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    setState({ kind: "loading" });
    void moderationApi.queue().then((r) => {
      if (!live) return;
      setState(r.ok ? { kind: "ready", items: r.value.items } : { kind: "failed", failure: r.failure });
    });
    return () => {
      live = false;
    };
  }, [attempt]);

  useEffect(() => {
    const target = focusNext.current;
    if (target === undefined) return;
    focusNext.current = undefined;
    (target === null ? heading.current : document.getElementById(itemHeadingId(target)))?.focus();
  }, [state]);

  async function act(item: QueueItem, choice: ActionChoice, reason: string | undefined) {
    if (busy || state.kind !== "ready") return;
    setBusy(item.id);
    setProblem(null);
    say(t("action.working"));
    const r = await moderationApi.act(item.id, choice.action, reason);
    setBusy(null);
    if (!r.ok && !isGone(r.failure)) {
      clear();
      setProblem({ id: item.id, message: { text: failureText(t, r.failure), error: true, n: Date.now() } });
      return;
    }
    // Someone else settled it first: it leaves the list all the same, with words saying so.
    const before = state.items;
    const remaining = r.ok
      ? remainingAfter(before, item, choice.action)
      : before.filter((i) => i.id !== item.id);
    focusNext.current = focusAfter(before, remaining, item.id);
    setState({ kind: "ready", items: remaining });
    say(r.ok ? doneText(t, choice, item) : failureText(t, r.failure));
  }

  return (
    <>
      <h2 ref={heading} tabIndex={-1}>
        {t("queue.heading")}
      </h2>
      <p>{t("queue.intro")}</p>
      <Status status={status} class="mod-status" note />
      {state.kind === "loading" && <p class="hint">{t("loading")}</p>}
      {state.kind === "failed" && (
        <LoadProblem failure={state.failure} onRetry={() => setAttempt((n) => n + 1)} />
      )}
      {state.kind === "ready" && state.items.length === 0 && <p class="mod-empty">{t("queue.empty")}</p>}
      {state.kind === "ready" && state.items.length > 0 && (
        <>
          <p class="hint">{t("queue.count", { count: state.items.length })}</p>
          <ul class="plain-list mod-list">
            {state.items.map((item) => (
              <li key={item.id}>
                <QueueCard
                  item={item}
                  busy={busy === item.id}
                  problem={problem?.id === item.id ? problem.message : null}
                  onAct={(choice, reason) => void act(item, choice, reason)}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
