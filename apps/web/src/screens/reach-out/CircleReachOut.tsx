import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import type { CirclePeer } from "../../circle/model.ts";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";
import { useNotice } from "../circle/Notice.tsx";
import { canSendTo, peerName } from "../circle/people.ts";
import { firstPhrases, resolvePhrases } from "../circle/phrases.ts";
import { SendStatus } from "../circle/SendStatus.tsx";
import { useOutgoing } from "../circle/useOutgoing.ts";

/**
 * The people who are there for me (in my circle, still connected), read from this device only:
 * the SOS step opens offline and without an account, and this part simply isn't there then.
 */
function useSupporters(): CirclePeer[] | undefined {
  return useLiveQuery(async () => {
    try {
      const peers = await db.circlePeers.toArray();
      return peers.filter((p) => p.connected && p.inMyCircle);
    } catch {
      // No circle store yet (or it can't be read): the rest of the step carries on.
      return [];
    }
  }, []);
}

/** "Your circle" in the SOS reach-out step: one tap sends an agreed message, sealed, to someone who's there for me. */
export function CircleReachOut() {
  const { t } = useTranslation("circle");
  const supporters = useSupporters();
  if (!supporters || supporters.length === 0) return null;

  return (
    <section class="card stack ro-circle" aria-labelledby="ro-circle-heading">
      <h2 id="ro-circle-heading">{t("sos.heading")}</h2>
      <p class="hint">{t("sos.intro")}</p>
      <ul class="plain-list">
        {supporters.map((p) => (
          <Supporter key={p.peerId} peer={p} />
        ))}
      </ul>
    </section>
  );
}

/**
 * One supporter: their agreed words, and right beside them what became of the one just sent
 * (waiting on this device with their number at hand, then sent once the relay has it).
 */
function Supporter({ peer }: { peer: CirclePeer }) {
  const { t } = useTranslation("circle");
  const [busy, setBusy] = useState(false);
  const [sentText, setSentText] = useState("");
  const { notice, say, clear } = useNotice();
  const outgoing = useOutgoing();
  const name = peerName(peer, t("someoneNew"));
  const phrases = firstPhrases(
    resolvePhrases(peer.phrases, (k) => t(k)),
    "reach",
  );

  async function send(text: string) {
    if (busy) return;
    setBusy(true);
    try {
      // The engine (and libsodium behind it) loads only when a message is sent, so the SOS step stays light.
      const { sendMessage } = await import("../../circle/engine.ts");
      const r = await sendMessage(peer.peerId, text, "reach");
      if (r.ok) {
        clear();
        setSentText(text);
        outgoing.track(r.value.id);
      } else {
        outgoing.clear();
        say(t("sos.notSent"), { error: true });
      }
    } catch {
      outgoing.clear();
      say(t("sos.notSent"), { error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <li class="stack ro-circle-person">
      <h3 class="ro-name">{name}</h3>
      {canSendTo(peer) && (
        <ul class="plain-list ro-circle-phrases">
          {phrases.map((text, i) => (
            <li key={i}>
              <button
                type="button"
                class="ro-circle-phrase"
                aria-disabled={busy}
                onClick={() => void send(text)}
              >
                {text}
              </button>
            </li>
          ))}
        </ul>
      )}
      <SendStatus
        peer={peer}
        name={name}
        outgoing={outgoing.outgoing}
        state={outgoing.state}
        text={sentText}
        notice={notice}
      />
      <p>
        <a href={`/circle/p/${peer.peerId}`}>{t("sos.open", { name })}</a>
      </p>
    </li>
  );
}

/** When there's no circle yet: one quiet line, at most, that it exists. */
export function CircleHint() {
  const { t } = useTranslation("circle");
  const supporters = useSupporters();
  if (!supporters || supporters.length > 0) return null;
  return (
    <p class="hint">
      {t("sos.empty")} <a href="/circle">{t("sos.emptyLink")}</a>
    </p>
  );
}
