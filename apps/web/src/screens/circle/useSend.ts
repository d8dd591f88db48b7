import { useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { sendMessage } from "../../circle/engine.ts";
import type { PhraseKind } from "../../circle/model.ts";
import { useNotice } from "./Notice.tsx";
import { problemText } from "./problems.ts";

/**
 * Sending one message, from a phrase button or typed words, and saying how it went. While one is
 * on its way a second tap does nothing, so a shaky double tap never sends the same words twice.
 */
export function useSend(peerId: string) {
  const { t } = useTranslation("circle");
  const { notice, say } = useNotice();
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);

  async function send(text: string, phrase: PhraseKind | null): Promise<boolean> {
    if (inFlight.current) return false;
    inFlight.current = true;
    setBusy(true);
    try {
      const r = await sendMessage(peerId, text, phrase);
      if (r.ok) say(t("person.sent"));
      // Offline, the message is kept and goes later (the log shows it waiting): that's not a failure.
      else if (r.problem.kind === "offline") say(t("person.sentLater"));
      else say(problemText(t, r.problem));
      return r.ok || r.problem.kind === "offline";
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  return { send, busy, notice };
}
