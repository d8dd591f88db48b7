import type { Role } from "@small-steps/sync";
import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { useTranslation } from "react-i18next";
import type { ApiFailure } from "../../account/api.ts";
import { NotFound } from "../../app/NotFound.tsx";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { addBundle } from "../../i18n/addBundle.ts";
import { lazyResources } from "../../i18n/lazyResources.ts";
import { moderationApi } from "../../stories/api.ts";
import { LoadProblem } from "./LoadProblem.tsx";
import { LogScreen } from "./LogScreen.tsx";
import { ModerationNav } from "./ModerationNav.tsx";
import { NotForYou } from "./NotForYou.tsx";
import { isNotAllowed } from "./problems.ts";
import { QueueScreen } from "./QueueScreen.tsx";
import { SettingsScreen } from "./SettingsScreen.tsx";
import "./moderation.css";

addBundle("moderation", lazyResources.moderation);

type Access =
  | { kind: "loading" }
  | { kind: "failed"; failure: ApiFailure }
  | { kind: "none" }
  | { kind: "ready"; role: Role };

/** The last answer to "who am I here", so moving between queue, log and settings does not flicker. */
let known: Access | null = null;

const PAGES = ["", "log", "settings"];

/**
 * Moderation (docs/stories.md ST15–ST19), one lazy chunk with its own words, for people given the
 * moderator or admin role by the admin command:
 * /moderation            the queue: reports, held comments, crisis flags (crisis first)
 * /moderation/log        the audit log
 * /moderation/settings   holding a new account's first comment (admins change it)
 * Anyone else, signed out included, reads that the page is for moderators.
 */
export function ModerationScreen() {
  const { t } = useTranslation("moderation");
  // The tab says "Moderation", never what is in the queue.
  usePageTitle(t("title"));
  const { path } = useLocation();
  const sub = path.replace(/^\/moderation\/?/, "").replace(/\/$/, "");
  const [access, setAccess] = useState<Access>(known ?? { kind: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void moderationApi.me().then((r) => {
      const next: Access = r.ok
        ? r.value.role === null
          ? { kind: "none" }
          : { kind: "ready", role: r.value.role }
        : isNotAllowed(r.failure)
          ? { kind: "none" }
          : { kind: "failed", failure: r.failure };
      if (next.kind !== "failed") known = next;
      if (live) setAccess(next);
    });
    return () => {
      live = false;
    };
  }, [attempt]);

  if (access.kind === "none") {
    return (
      <section class="stack moderation">
        <NotForYou />
      </section>
    );
  }
  if (access.kind === "ready" && !PAGES.includes(sub)) return <NotFound />;
  return (
    <section class="stack moderation">
      <h1>{t("title")}</h1>
      {access.kind === "loading" && <p class="hint">{t("loading")}</p>}
      {access.kind === "failed" && (
        <LoadProblem
          failure={access.failure}
          onRetry={() => {
            setAccess({ kind: "loading" });
            setAttempt((n) => n + 1);
          }}
        />
      )}
      {access.kind === "ready" && (
        <>
          <ModerationNav current={sub} />
          {sub === "" && <QueueScreen />}
          {sub === "log" && <LogScreen />}
          {sub === "settings" && <SettingsScreen role={access.role} />}
        </>
      )}
    </section>
  );
}
