import { useLocation } from "preact-iso";
import { useTranslation } from "react-i18next";
import { NotFound } from "../../app/NotFound.tsx";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { UndoToast } from "../../ui/UndoToast.tsx";
import { useUndo } from "../../ui/useUndo.ts";
import { BringSection } from "./BringSection.tsx";
import { useTherapySessions } from "./data.ts";
import { PrepareScreen } from "./PrepareScreen.tsx";
import { SessionLog } from "./SessionLog.tsx";
import { TryNextReminder } from "./TryNextReminder.tsx";
import "./therapy.css";
import { useSpoken } from "../../ui/StatusMessage.tsx";

/**
 * /therapy           the companion: notes to bring, marked entries, the session log
 * /therapy/prepare   everything gathered for a session, and the PDF
 */
export function TherapyScreen() {
  const { path } = useLocation();
  const sub = path.replace(/^\/therapy\/?/, "").replace(/\/$/, "");
  if (sub === "prepare") return <PrepareScreen />;
  if (sub !== "") return <NotFound />;
  return <Companion />;
}

function Companion() {
  const { t } = useTranslation("therapy");
  usePageTitle(t("title"));
  const { pending, offer, dismiss } = useUndo();
  // A fresh node per message, so saying the same words twice is still announced.
  const [status, announce] = useSpoken();
  const sessions = useTherapySessions();

  return (
    <section class="stack therapy">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p class="hint">{t("privacy")}</p>
      <TryNextReminder sessions={sessions} />
      <div class="card stack prepare-card">
        <p>
          <a class="button primary" href="/therapy/prepare">
            {t("prepareLink")}
          </a>
        </p>
        <p class="hint">{t("prepareHint")}</p>
      </div>
      <p class="visually-hidden" role="status">
        <span key={status.n}>{status.text}</span>
      </p>
      <BringSection offer={offer} announce={announce} />
      <SessionLog offer={offer} announce={announce} />
      {pending && (
        <UndoToast message={pending.message} onUndo={() => void pending.undo()} onDismiss={dismiss} />
      )}
    </section>
  );
}
