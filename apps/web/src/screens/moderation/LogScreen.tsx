import { useEffect, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import type { ApiFailure } from "../../account/api.ts";
import { moderationApi } from "../../stories/api.ts";
import { LoadProblem } from "./LoadProblem.tsx";
import { actionText, type LogEntry, whenText, whoText } from "./logWords.ts";

type State =
  | { kind: "loading" }
  | { kind: "failed"; failure: ApiFailure }
  | { kind: "ready"; entries: (LogEntry & { id: string })[] };

/**
 * /moderation/log: the audit log (ST18), newest first. A list of small cards rather than a wide
 * table, so it reads on a phone and at 200% text; each entry says what, who, when and why.
 */
export function LogScreen() {
  const { t, i18n } = useTranslation("moderation");
  const [state, setState] = useState<State>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ kind: "loading" });
    void moderationApi.log().then((r) => {
      if (!live) return;
      setState(r.ok ? { kind: "ready", entries: r.value.entries } : { kind: "failed", failure: r.failure });
    });
    return () => {
      live = false;
    };
  }, [attempt]);

  return (
    <>
      <h2>{t("log.heading")}</h2>
      <p>{t("log.intro")}</p>
      {state.kind === "loading" && <p class="hint">{t("loading")}</p>}
      {state.kind === "failed" && (
        <LoadProblem failure={state.failure} onRetry={() => setAttempt((n) => n + 1)} />
      )}
      {state.kind === "ready" && state.entries.length === 0 && <p class="hint">{t("log.empty")}</p>}
      {state.kind === "ready" && state.entries.length > 0 && (
        <ol class="plain-list mod-log" aria-label={t("log.heading")}>
          {state.entries.map((entry) => (
            <li key={entry.id} class="card mod-log-entry">
              <p class="mod-log-what">{actionText(t, entry)}</p>
              <p class="hint">
                <time dateTime={entry.createdAt}>{whenText(entry.createdAt, i18n.language)}</time>
                {" · "}
                {t("log.by", { who: whoText(t, entry.moderator) })}
              </p>
              {entry.reason !== null && (
                <p class="mod-log-reason">{t("log.reason", { reason: entry.reason })}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
