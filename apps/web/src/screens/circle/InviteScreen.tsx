import { MAX_NAME_CHARS } from "@small-steps/sync";
import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { createInvite } from "../../circle/engine.ts";
import type { PendingInvite } from "../../circle/model.ts";
import { arrivedPeer, type CircleSnapshot, snapshotOf } from "./arrivals.ts";
import { CircleGate } from "./CircleGate.tsx";
import { usePeers, useProfile } from "./data.ts";
import { InviteCode } from "./InviteCode.tsx";
import { MyName } from "./MyName.tsx";
import { Notice, useNotice } from "./Notice.tsx";
import { peerName } from "./people.ts";
import { problemText } from "./problems.ts";
import { SafetyCompare } from "./SafetyCompare.tsx";
import { useRefreshWhile } from "./useRefreshWhile.ts";

/** /circle/invite: who it's for → a code and a link → when they join, compare safety codes. */
export function InviteScreen() {
  const { t } = useTranslation("circle");
  return (
    <CircleGate title={t("invite.title")}>
      <InviteReady />
    </CircleGate>
  );
}

function InviteReady() {
  const { t } = useTranslation("circle");
  const profile = useProfile();
  const peers = usePeers();
  const [made, setMade] = useState<{ invite: PendingInvite; before: CircleSnapshot } | null>(null);
  const arrived = made && peers ? arrivedPeer(peers, made.before, made.invite.label) : null;
  useRefreshWhile(made !== null && arrived === null);

  if (profile === undefined || peers === undefined) return <h1>{t("invite.title")}</h1>;
  const hasName = Boolean(profile?.name);
  return (
    <>
      <h1>{t("invite.title")}</h1>
      <p>{t("invite.intro")}</p>
      {!hasName && <MyName current="" askFirst />}
      {hasName && !made && <LabelForm onMade={(invite) => setMade({ invite, before: snapshotOf(peers) })} />}
      {made && (
        <section class="card stack" aria-labelledby="circle-made-heading">
          <h2 id="circle-made-heading" tabIndex={-1}>
            {t("invite.codeHeading", { label: made.invite.label })}
          </h2>
          <InviteCode invite={made.invite} />
          <p role="status" class={arrived ? "circle-ok" : "hint"}>
            {arrived
              ? t("invite.arrived", { name: peerName(arrived, made.invite.label) })
              : t("invite.waiting")}
          </p>
          {arrived && (
            <>
              <SafetyCompare peer={arrived} level={3} />
              <p>
                <a href={`/circle/p/${arrived.peerId}`}>
                  {t("join.goToPerson", { name: peerName(arrived, made.invite.label) })}
                </a>
              </p>
            </>
          )}
        </section>
      )}
      {made && (
        <p class="row">
          <button type="button" onClick={() => setMade(null)}>
            {t("invite.another")}
          </button>
          <a href="/circle">{t("back")}</a>
        </p>
      )}
      {!made && (
        <p>
          <a href="/circle">{t("back")}</a>
        </p>
      )}
    </>
  );
}

function LabelForm({ onMade }: { onMade: (invite: PendingInvite) => void }) {
  const { t } = useTranslation("circle");
  const [label, setLabel] = useState("");
  const [busy, setBusy] = useState(false);
  const { notice, say } = useNotice();
  async function onSubmit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const trimmed = label.trim();
    if (!trimmed) return say(t("invite.labelMissing"), { error: true });
    if (trimmed.length > MAX_NAME_CHARS)
      return say(t("invite.labelTooLong", { max: MAX_NAME_CHARS }), { error: true });
    setBusy(true);
    say(t("invite.creating"), { stays: true });
    const r = await createInvite(trimmed);
    setBusy(false);
    if (!r.ok) return say(problemText(t, r.problem), { error: true });
    onMade(r.value);
    // The new section takes this form's place: focus goes to its heading.
    requestAnimationFrame(() => document.getElementById("circle-made-heading")?.focus());
  }

  return (
    <form class="card stack" onSubmit={onSubmit} aria-busy={busy} noValidate>
      <div class="field">
        <label for="circle-invite-label">{t("invite.labelLabel")}</label>
        <p id="circle-invite-label-hint" class="hint">
          {t("invite.labelHint")}
        </p>
        <input
          id="circle-invite-label"
          type="text"
          autocomplete="off"
          maxLength={MAX_NAME_CHARS}
          value={label}
          aria-describedby="circle-invite-label-hint"
          onInput={(e) => setLabel(e.currentTarget.value)}
        />
      </div>
      <Notice notice={notice} />
      <div>
        <button type="submit" class="primary" aria-disabled={busy}>
          {t("invite.create")}
        </button>
      </div>
    </form>
  );
}
