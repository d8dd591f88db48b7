import type { sessionInfo } from "@small-steps/sync";
import { useEffect, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { accountApi } from "../../account/api.ts";
import { dateFormatter } from "../../ui/dates.ts";
import { useSpoken } from "../../ui/StatusMessage.tsx";
import { FormStatus } from "./FormStatus.tsx";
import { useAccountForm } from "./useAccountForm.ts";

type Session = z.infer<typeof sessionInfo>;

/** Where the account is signed in, this device first, and a way to end the others. */
export function DevicesSection() {
  const { t, i18n } = useTranslation("account");
  const [sessions, setSessions] = useState<Session[] | null>(null);
  const [spoken, sayEnded, clearEnded] = useSpoken();
  const ended = spoken.text ? spoken : null;
  const load = useAccountForm();
  const action = useAccountForm();
  const when = (iso: string) =>
    dateFormatter(i18n.language, {
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "numeric",
      minute: "2-digit",
    }).format(new Date(iso));

  function refresh() {
    void load.run(
      async () => {
        const r = await accountApi.sessions();
        return r.ok ? r : { ok: false, problem: r.failure };
      },
      (value) => setSessions([...value.sessions].sort((a, b) => Number(b.current) - Number(a.current))),
    );
  }

  useEffect(refresh, []);

  function onSignOutOthers() {
    clearEnded();
    void action.run(
      async () => {
        const r = await accountApi.logoutOthers();
        return r.ok ? r : { ok: false, problem: r.failure };
      },
      (value) => {
        const count = typeof value.ended === "number" ? value.ended : 0;
        const text = count === 0 ? t("devices.endedNone") : t("devices.ended", { count });
        sayEnded(text);
        refresh();
      },
    );
  }

  return (
    <section class="card stack" aria-labelledby="account-devices-heading">
      <h2 id="account-devices-heading">{t("devices.heading")}</h2>
      <p class="hint">{t("devices.intro")}</p>
      {sessions ? (
        <ul class="plain-list account-devices">
          {sessions.map((s) => (
            <li key={s.id} class="account-device">
              <span class="account-device-label">
                {s.label}
                {s.current && <span class="account-this-device"> · {t("devices.thisDevice")}</span>}
              </span>
              <span class="hint">{t("devices.since", { date: when(s.createdAt) })}</span>
              <span class="hint">{t("devices.lastSeen", { date: when(s.lastSeenAt) })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <FormStatus busy={load.busy} busyText={t("devices.loading")} error={null} />
      )}
      {load.error && <p class="error-message">{load.error.text}</p>}
      <FormStatus busy={action.busy} busyText={t("working")} error={action.error} />
      <div role="status" aria-live="polite">
        {ended && <p key={ended.n}>{ended.text}</p>}
      </div>
      <div>
        <button type="button" onClick={onSignOutOthers} aria-disabled={action.busy}>
          {t("devices.signOutOthers")}
        </button>
      </div>
    </section>
  );
}
