import { useTranslation } from "react-i18next";
import type { CirclePeer } from "../../circle/model.ts";
import { FreeText } from "./FreeText.tsx";
import { PhraseButtons } from "./PhraseButtons.tsx";
import { resolvePhrases } from "./phrases.ts";
import { SendStatus } from "./SendStatus.tsx";
import { useSend } from "./useSend.ts";

/**
 * One tap to reach out or to answer, or words of one's own. Anyone can be both someone who reaches
 * out and someone who supports: someone I'm only there for sees "Answer" first.
 */
export function SendPanel({ peer, name }: { peer: CirclePeer; name: string }) {
  const { t } = useTranslation("circle");
  const { send, busy, notice, outgoing, state, text, from } = useSend(peer.peerId);
  const phrases = resolvePhrases(peer.phrases, (k) => t(k));
  const onSend = (text: string, kind: "reach" | "answer") => void send(text, kind);
  // One live region under each way of sending, always in the page; only the one used speaks.
  const status = (where: typeof from) =>
    from === where ? (
      <SendStatus peer={peer} name={name} outgoing={outgoing} state={state} text={text} notice={notice} />
    ) : (
      <SendStatus peer={peer} name={name} outgoing={null} state={null} notice={null} />
    );

  const reach = (
    <PhraseButtons
      id="circle-reach-heading"
      heading={t("person.reachHeading")}
      hint={t("person.reachHint")}
      kind="reach"
      phrases={phrases.reach}
      busy={busy}
      onSend={onSend}
    >
      {status("reach")}
    </PhraseButtons>
  );
  const answer = (
    <PhraseButtons
      id="circle-answer-heading"
      heading={t("person.answerHeading")}
      hint={t("person.answerHint")}
      kind="answer"
      phrases={phrases.answer}
      busy={busy}
      onSend={onSend}
    >
      {status("answer")}
    </PhraseButtons>
  );
  const supporterOnly = peer.inTheirCircle && !peer.inMyCircle;

  return (
    <section class="card stack circle-send" aria-labelledby="circle-send-heading">
      <h2 id="circle-send-heading">{t("person.sendHeading", { name })}</h2>
      {supporterOnly ? answer : reach}
      {supporterOnly ? reach : answer}
      <FreeText
        name={name}
        busy={busy}
        onSend={(text) => send(text, null)}
        draftKey={`circle:${peer.peerId}`}
      />
      {status("free")}
    </section>
  );
}
