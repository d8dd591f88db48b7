import { sessionsNewestFirst, type TherapySessionRecord } from "@small-steps/core";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { deleteRecord, restoreRecord } from "../../store/records.ts";
import { longDay } from "../../ui/dates.ts";
import type { PendingUndo } from "../../ui/useUndo.ts";
import { useTherapySessions } from "./data.ts";
import { SessionForm } from "./SessionForm.tsx";

interface Props {
  offer: (undo: PendingUndo) => void;
  announce: (message: string) => void;
}

/** The session log, where showing up is the win and a missed session is simply part of it. */
export function SessionLog({ offer, announce }: Props) {
  const { t } = useTranslation("therapy");
  const sessions = useTherapySessions();
  const log = sessions ? sessionsNewestFirst(sessions) : [];

  async function remove(session: TherapySessionRecord) {
    await deleteRecord("therapySession", session.id);
    document.getElementById("sessions-heading")?.focus();
    offer({ message: t("log.deleted"), undo: () => restoreRecord("therapySession", session.id) });
  }

  return (
    <section class="card stack" aria-labelledby="log-heading">
      <h2 id="log-heading">{t("log.heading")}</h2>
      <p class="hint">{t("log.intro")}</p>
      <div class="stack">
        <h3 id="add-session-heading">{t("log.addHeading")}</h3>
        <SessionForm onSaved={announce} />
      </div>
      <div class="stack">
        <h3 id="sessions-heading" tabIndex={-1}>
          {t("log.listHeading")}
        </h3>
        {sessions === undefined ? null : log.length === 0 ? (
          <p class="hint">{t("log.empty")}</p>
        ) : (
          <ul class="plain-list" aria-labelledby="sessions-heading">
            {log.map((s) => (
              <SessionItem key={s.id} session={s} onDelete={remove} onSaved={announce} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

interface ItemProps {
  session: TherapySessionRecord;
  onDelete: (s: TherapySessionRecord) => void;
  onSaved: (message: string) => void;
}

function SessionItem({ session, onDelete, onSaved }: ItemProps) {
  const { t, i18n } = useTranslation("therapy");
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const date = longDay(session.day, i18n.language);
  const dateId = `session-${session.id}-date`;

  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  return (
    <li class="card therapy-item session-item" data-testid="therapy-session">
      <h4 id={dateId}>
        <time dateTime={session.day}>{date}</time>
      </h4>
      {editing ? (
        <SessionForm
          session={session}
          onSaved={(message) => {
            setEditing(false);
            onSaved(message);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <p class={session.attended ? "session-line showed-up" : "session-line"}>
            {session.attended ? t("log.showedUp") : t("log.gentle")}
          </p>
          {session.takeaway && (
            <div class="session-part">
              <p class="hint">{t("log.tookAway")}</p>
              <p class="therapy-text">{session.takeaway}</p>
            </div>
          )}
          {session.tryBeforeNext && (
            <div class="session-part">
              <p class="hint">{t("log.toTry")}</p>
              <p class="therapy-text">{session.tryBeforeNext}</p>
            </div>
          )}
          <div class="row">
            <button ref={editButton} type="button" onClick={() => setEditing(true)}>
              {t("log.edit")}
              <span class="visually-hidden"> {t("log.sessionOn", { date })}</span>
            </button>
            <button type="button" class="danger" onClick={() => onDelete(session)}>
              {t("log.delete")}
              <span class="visually-hidden"> {t("log.sessionOn", { date })}</span>
            </button>
          </div>
        </>
      )}
    </li>
  );
}
