import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { circleReadiness, type Readiness, unlockCircleOnThisDevice } from "../../circle/engine.ts";
import { PasswordField } from "../account/PasswordField.tsx";
import { Notice, useNotice } from "./Notice.tsx";
import { problemText } from "./problems.ts";

interface Props {
  /** The screen's h1 while the circle isn't ready; the screen shows its own once it is. */
  title: string;
  /** A line for this screen when the circle isn't ready yet (joining: "open the link again"). */
  note?: string;
  children: ComponentChildren;
}

/**
 * The circle needs an account (messages travel sealed between two accounts' keys) and, on this
 * device, the circle key, which the password opens. Until both are there, this explains why and
 * offers the one next step; nothing else of the circle is shown.
 */
export function CircleGate({ title, note, children }: Props) {
  const { t } = useTranslation("circle");
  const [state, setState] = useState<Readiness | "loading" | "failed">("loading");

  useEffect(() => {
    let live = true;
    circleReadiness()
      .then((r) => live && setState(r))
      .catch((error: unknown) => {
        console.error("circle: readiness unknown", error instanceof Error ? error.name : "");
        if (live) setState("failed");
      });
    return () => {
      live = false;
    };
  }, []);

  if (state === "ready") return <>{children}</>;
  return (
    <>
      <h1>{title}</h1>
      {state === "loading" && <p class="hint">{t("loading")}</p>}
      {state === "failed" && <p class="error-message">{t("problems.failed")}</p>}
      {state === "noAccount" && <NoAccount />}
      {state === "needsPassword" && <Unlock onReady={() => setState("ready")} />}
      {note && (state === "noAccount" || state === "needsPassword") && <p>{note}</p>}
    </>
  );
}

function NoAccount() {
  const { t } = useTranslation("circle");
  return (
    <section class="card stack" aria-labelledby="circle-no-account">
      <h2 id="circle-no-account">{t("ready.noAccountHeading")}</h2>
      <p>{t("ready.noAccount")}</p>
      <p>
        <a class="button primary" href="/account">
          {t("ready.noAccountLink")}
        </a>
      </p>
    </section>
  );
}

function Unlock({ onReady }: { onReady: () => void }) {
  const { t } = useTranslation("circle");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const { notice, say } = useNotice();

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (!password) {
      say(t("problems.wrongPassword"), { error: true });
      return;
    }
    setBusy(true);
    say(t("ready.unlocking"), { stays: true });
    const r = await unlockCircleOnThisDevice(password);
    setBusy(false);
    if (r.ok) onReady();
    else say(problemText(t, r.problem), { error: true });
  }

  return (
    <section class="card stack" aria-labelledby="circle-unlock">
      <h2 id="circle-unlock">{t("ready.passwordHeading")}</h2>
      <p>{t("ready.password")}</p>
      <form class="stack" onSubmit={onSubmit} aria-busy={busy} noValidate>
        <PasswordField
          id="circle-password"
          label={t("ready.passwordLabel")}
          value={password}
          onValue={setPassword}
          autoComplete="current-password"
        />
        <Notice notice={notice} />
        <div>
          <button type="submit" class="primary" aria-disabled={busy}>
            {t("ready.unlock")}
          </button>
        </div>
      </form>
    </section>
  );
}
