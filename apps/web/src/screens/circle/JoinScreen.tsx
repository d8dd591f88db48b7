import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { acceptInvite } from "../../circle/engine.ts";
import { CircleGate } from "./CircleGate.tsx";
import { usePeer, useProfile } from "./data.ts";
import { codeFromHash, readyCode } from "./joinCode.ts";
import { MyName } from "./MyName.tsx";
import { Notice, useNotice } from "./Notice.tsx";
import { peerName } from "./people.ts";
import { problemText } from "./problems.ts";
import { SafetyCompare } from "./SafetyCompare.tsx";

/** /circle/join (#CODE): use someone's invite, compare safety codes, then go to them. */
export function JoinScreen() {
  const { t } = useTranslation("circle");
  // Read once; the fragment stays until joining works, so a person who first sets up an account
  // can come back through the same link.
  const [initial] = useState(() => codeFromHash(location.hash));
  return (
    <CircleGate title={t("join.title")} note={t("join.afterAccount")}>
      <JoinReady initial={initial} />
    </CircleGate>
  );
}

function JoinReady({ initial }: { initial: string }) {
  const { t } = useTranslation("circle");
  const profile = useProfile();
  const [peerId, setPeerId] = useState<string | null>(null);

  if (profile === undefined) return <h1>{t("join.title")}</h1>;
  return (
    <>
      <h1>{t("join.title")}</h1>
      {!peerId && <p>{t("join.intro")}</p>}
      {!profile?.name && <MyName current="" askFirst />}
      {profile?.name && !peerId && <CodeForm initial={initial} onJoined={setPeerId} />}
      {peerId && <Joined peerId={peerId} />}
      <p>
        <a href="/circle">{t("back")}</a>
      </p>
    </>
  );
}

function CodeForm({ initial, onJoined }: { initial: string; onJoined: (peerId: string) => void }) {
  const { t } = useTranslation("circle");
  const [code, setCode] = useState(initial);
  const [busy, setBusy] = useState(false);
  const { notice, say } = useNotice();

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (!code.trim()) return say(t("join.codeMissing"), { error: true });
    const ready = readyCode(code);
    if (!ready) return say(t("join.codeShape"), { error: true });
    setBusy(true);
    say(t("join.joining"), { stays: true });
    const r = await acceptInvite(ready);
    setBusy(false);
    if (!r.ok) return say(problemText(t, r.problem), { error: true });
    // The code is used up: take it out of the address bar.
    if (location.hash) history.replaceState(history.state, "", location.pathname);
    onJoined(r.value.peerId);
  }

  return (
    <form class="card stack" onSubmit={onSubmit} aria-busy={busy} noValidate>
      <div class="field">
        <label for="circle-join-code">{t("join.codeLabel")}</label>
        <p id="circle-join-code-hint" class="hint">
          {t("join.codeHint")}
        </p>
        <input
          id="circle-join-code"
          class="circle-code-input"
          type="text"
          autocomplete="one-time-code"
          autoCapitalize="characters"
          autoCorrect="off"
          spellcheck={false}
          maxLength={64}
          value={code}
          aria-describedby="circle-join-code-hint"
          onInput={(e) => setCode(e.currentTarget.value)}
        />
      </div>
      <Notice notice={notice} />
      <div>
        <button type="submit" class="primary" aria-disabled={busy}>
          {t("join.submit")}
        </button>
      </div>
    </form>
  );
}

function Joined({ peerId }: { peerId: string }) {
  const { t } = useTranslation("circle");
  const peer = usePeer(peerId);
  const heading = useRef<HTMLHeadingElement>(null);
  const focused = useRef(false);
  // Once the person is in the store, focus moves to the outcome (only once, not on every update).
  useEffect(() => {
    if (peer && !focused.current) {
      focused.current = true;
      heading.current?.focus();
    }
  }, [peer]);
  if (!peer) return null;
  const name = peerName(peer, t("someoneNew"));
  // Their name arrives a moment after joining (their device sends it, sealed); until then, plain words.
  const named = Boolean(peer.name || peer.label);
  return (
    <section class="card stack" aria-labelledby="circle-joined">
      <h2 id="circle-joined" tabIndex={-1} ref={heading}>
        {named ? t("join.joined", { name }) : t("join.joinedNoName")}
      </h2>
      <SafetyCompare peer={peer} level={3} />
      <p>
        <a class="button primary" href={`/circle/p/${peer.peerId}`}>
          {named ? t("join.goToPerson", { name }) : t("join.goToPersonNoName")}
        </a>
      </p>
      <p>
        {t("join.guideHint")} <a href="/circle/guide">{t("invites.guide")}</a>
      </p>
    </section>
  );
}
