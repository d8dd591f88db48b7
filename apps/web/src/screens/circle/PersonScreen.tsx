import { useEffect } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { NotFound } from "../../app/NotFound.tsx";
import { refreshCircle } from "../../circle/engine.ts";
import { Boundaries } from "./Boundaries.tsx";
import { CircleGate } from "./CircleGate.tsx";
import { Conversation } from "./Conversation.tsx";
import { usePeer } from "./data.ts";
import { KeyChanged } from "./KeyChanged.tsx";
import { PhraseEditor } from "./PhraseEditor.tsx";
import { canSendTo, peerName } from "./people.ts";
import { SendPanel } from "./SendPanel.tsx";
import { Relation, TheirStatus } from "./TheirStatus.tsx";
import { Verification } from "./Verification.tsx";

/** /circle/p/:peerId: one person — their status, our messages, one-tap words, and my boundaries. */
export function PersonScreen({ peerId }: { peerId: string }) {
  const { t } = useTranslation("circle");
  return (
    <CircleGate title={t("title")}>
      <PersonReady peerId={peerId} />
    </CircleGate>
  );
}

function PersonReady({ peerId }: { peerId: string }) {
  const { t } = useTranslation("circle");
  const peer = usePeer(peerId);

  useEffect(() => {
    void refreshCircle();
  }, [peerId]);

  if (peer === undefined) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p class="hint">{t("loading")}</p>
      </>
    );
  }
  if (peer === null) return <NotFound />;
  const name = peerName(peer, t("someoneNew"));

  return (
    <>
      <h1 class="circle-person-title">{name}</h1>
      <div class="circle-person-head">
        <TheirStatus peer={peer} showNone />
        <Relation peer={peer} />
      </div>
      {peer.changedKey && <KeyChanged peer={peer} name={name} />}
      {!peer.changedKey && <Verification peer={peer} name={name} />}
      <Conversation peer={peer} name={name} />
      {canSendTo(peer) && <SendPanel peer={peer} name={name} />}
      {!peer.connected && <p class="card">{t("person.disconnected", { name })}</p>}
      {canSendTo(peer) && <PhraseEditor peer={peer} name={name} />}
      <Boundaries peer={peer} name={name} />
      <p>
        <a href="/circle">{t("back")}</a>
      </p>
    </>
  );
}
