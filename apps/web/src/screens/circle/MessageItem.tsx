import { useTranslation } from "react-i18next";
import type { CircleMessage } from "../../circle/model.ts";
import { messageTime } from "./when.ts";

interface Props {
  message: CircleMessage;
  name: string;
  /** This is the newest of my messages they've seen, and both share "seen". */
  seen: boolean;
  /** This is my newest message: once the relay has it, it says "Sent" (older ones go quiet). */
  newestMine?: boolean;
}

/** One message: who, when, the words — or, calmly, why there are no words. */
export function MessageItem({ message, name, seen, newestMine = false }: Props) {
  const { t, i18n } = useTranslation("circle");
  const mine = message.direction === "out";
  return (
    <li class={`circle-message ${mine ? "is-mine" : "is-theirs"}`}>
      <p class="circle-message-meta">
        <span class="circle-message-who">{mine ? t("person.fromYou") : name}</span>{" "}
        <time dateTime={message.at}>{messageTime(message.at, i18n.language)}</time>
      </p>
      {message.state === "unreadable" ? (
        <p class="circle-message-text is-unreadable">{t("person.unreadable")}</p>
      ) : (
        <p class="circle-message-text">{message.text}</p>
      )}
      {mine && message.state === "sending" && <p class="hint">{t("person.sending")}</p>}
      {mine && message.state === "failed" && <p class="hint">{t("person.failed")}</p>}
      {mine && seen && message.state === "sent" && <p class="hint">{t("person.seen")}</p>}
      {mine && !seen && newestMine && message.state === "sent" && <p class="hint">{t("person.sentMark")}</p>}
    </li>
  );
}
