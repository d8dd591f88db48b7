import { useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { sendMessage } from "../../circle/engine.ts";
import type { PhraseKind } from "../../circle/model.ts";
import { useNotice } from "./Notice.tsx";
import { problemText } from "./problems.ts";
import { useOutgoing } from "./useOutgoing.ts";

/**
 * Sending one message, from a phrase button or typed words. What is said afterwards follows the
 * message's real state (useOutgoing): waiting on this device, then sent — never "sent" before
 * the relay has it. While one is on its way a second tap does nothing, so a shaky double tap
 * never sends the same words twice.
 */
export function useSend(peerId: string) {
  const { t } = useTranslation("circle");
  const { notice, say, clear } = useNotice();
  const outgoing = useOutgoing();
  const [busy, setBusy] = useState(false);
  const [text, setText] = useState("");
  /** Where the last message was sent from, so what became of it is said right there. */
  const [from, setFrom] = useState<PhraseKind | "free">("reach");
  const inFlight = useRef(false);

  /** True when the words are kept (sent, or waiting to go), so a form may empty its box. */
  async function send(words: string, phrase: PhraseKind | null): Promise<boolean> {
    if (inFlight.current) return false;
    inFlight.current = true;
    setBusy(true);
    setFrom(phrase ?? "free");
    try {
      const r = await sendMessage(peerId, words, phrase);
      if (r.ok) {
        clear();
        setText(words);
        outgoing.track(r.value.id);
      } else {
        outgoing.clear();
        // Nothing was kept (no connection even to learn who I am, a changed key…): it says so.
        say(problemText(t, r.problem), { error: true });
      }
      return r.ok;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  return { send, busy, notice, outgoing: outgoing.outgoing, state: outgoing.state, text, from };
}
