import { useEffect, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { markSeen } from "../../circle/engine.ts";
import type { CirclePeer } from "../../circle/model.ts";
import { useMessages } from "./data.ts";
import { MessageItem } from "./MessageItem.tsx";
import { seenMessageId } from "./people.ts";

const PAGE = 40;

/** Whether the page is on screen: a conversation in a hidden tab hasn't been seen. */
function useVisible(): boolean {
  const [visible, setVisible] = useState(() => document.visibilityState === "visible");
  useEffect(() => {
    const on = () => setVisible(document.visibilityState === "visible");
    document.addEventListener("visibilitychange", on);
    return () => document.removeEventListener("visibilitychange", on);
  }, []);
  return visible;
}

/** The history with one person, newest last, in a log that announces what arrives. */
export function Conversation({ peer, name }: { peer: CirclePeer; name: string }) {
  const { t } = useTranslation("circle");
  const [limit, setLimit] = useState(PAGE);
  const page = useMessages(peer.peerId, limit);
  const visible = useVisible();
  const newestIn = page?.messages.findLast((m) => m.direction === "in")?.id ?? null;
  const seenId = seenMessageId(peer);
  const newestMine = page?.messages.findLast((m) => m.direction === "out")?.id ?? null;

  // Shown and visible: whatever they sent has been looked at (the engine decides whether a
  // receipt goes, CR12; the unread count clears either way).
  useEffect(() => {
    if (visible) void markSeen(peer.peerId);
  }, [peer.peerId, newestIn, visible]);

  return (
    <section class="stack" aria-labelledby="circle-log-heading">
      <h2 id="circle-log-heading">{t("person.conversation", { name })}</h2>
      {page?.more && (
        <p>
          <button type="button" class="quiet" onClick={() => setLimit((l) => l + PAGE)}>
            {t("person.earlier")}
          </button>
        </p>
      )}
      <div role="log" aria-labelledby="circle-log-heading" class="circle-log">
        {page && page.messages.length === 0 && <p class="hint">{t("person.empty")}</p>}
        {page && page.messages.length > 0 && (
          <ol class="plain-list">
            {page.messages.map((m) => (
              <MessageItem
                key={m.id}
                message={m}
                name={name}
                seen={m.id === seenId}
                newestMine={m.id === newestMine}
              />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
