import type { ModerationSettings, Role } from "@small-steps/sync";
import { useEffect, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import type { ApiFailure } from "../../account/api.ts";
import { moderationApi } from "../../stories/api.ts";
import { Status, useStatus } from "../../ui/StatusMessage.tsx";
import { LoadProblem } from "./LoadProblem.tsx";
import { failureText } from "./problems.ts";

type State =
  | { kind: "loading" }
  | { kind: "failed"; failure: ApiFailure }
  | { kind: "ready"; settings: ModerationSettings };

/**
 * /moderation/settings: holding a new account's first comment (ST16). Admins change it, and it is
 * saved as soon as it is switched; moderators read where it stands, with a note that admins
 * change it (a control they could not use would only frustrate).
 */
export function SettingsScreen({ role }: { role: Role }) {
  const { t } = useTranslation("moderation");
  const [state, setState] = useState<State>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const { status, say } = useStatus();

  useEffect(() => {
    let live = true;
    setState({ kind: "loading" });
    void moderationApi.settings().then((r) => {
      if (!live) return;
      setState(r.ok ? { kind: "ready", settings: r.value } : { kind: "failed", failure: r.failure });
    });
    return () => {
      live = false;
    };
  }, [attempt]);

  async function change(holdFirstComment: boolean) {
    if (busy || state.kind !== "ready") return;
    const before = state.settings;
    // The box shows the choice at once; if saving fails, it goes back and says so.
    setState({ kind: "ready", settings: { ...before, holdFirstComment } });
    setBusy(true);
    say(t("settings.saving"));
    const r = await moderationApi.saveSettings({ ...before, holdFirstComment });
    setBusy(false);
    if (!r.ok) {
      setState({ kind: "ready", settings: before });
      say(failureText(t, r.failure), { error: true });
      return;
    }
    setState({ kind: "ready", settings: r.value });
    say(r.value.holdFirstComment ? t("settings.savedOn") : t("settings.savedOff"));
  }

  return (
    <>
      <h2>{t("settings.heading")}</h2>
      {state.kind === "loading" && <p class="hint">{t("loading")}</p>}
      {state.kind === "failed" && (
        <LoadProblem failure={state.failure} onRetry={() => setAttempt((n) => n + 1)} />
      )}
      {state.kind === "ready" && role === "admin" && (
        <div class="card stack mod-setting">
          <label class="choice mod-toggle">
            <input
              type="checkbox"
              checked={state.settings.holdFirstComment}
              aria-describedby="mod-hold-first-hint"
              aria-disabled={busy}
              onClick={(e) => {
                // One change at a time: while one is saving, the box stays as it is.
                if (busy) e.preventDefault();
              }}
              onChange={(e) => void change(e.currentTarget.checked)}
            />
            {t("settings.holdFirst")}
          </label>
          <p id="mod-hold-first-hint" class="hint">
            {t("settings.holdFirstHint")}
          </p>
          <Status status={status} class="mod-status" note />
        </div>
      )}
      {state.kind === "ready" && role !== "admin" && (
        <div class="card stack mod-setting">
          <h3>{t("settings.holdFirst")}</h3>
          <p>{state.settings.holdFirstComment ? t("settings.isOn") : t("settings.isOff")}</p>
          <p class="hint">{t("settings.holdFirstHint")}</p>
          <p>{t("settings.adminsChange")}</p>
        </div>
      )}
    </>
  );
}
