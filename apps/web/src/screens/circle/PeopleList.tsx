import { useTranslation } from "react-i18next";
import type { CirclePeer } from "../../circle/model.ts";
import { muteState } from "./mute.ts";
import { peerName } from "./people.ts";
import { Relation, TheirStatus } from "./TheirStatus.tsx";

/** Everyone this device is (or was) connected with: the newest conversation first. */
export function PeopleList({ peers }: { peers: CirclePeer[] }) {
  const { t } = useTranslation("circle");
  return (
    <section class="stack" aria-labelledby="circle-people-heading">
      <h2 id="circle-people-heading">{t("people.heading")}</h2>
      {peers.length === 0 ? (
        <p class="card">{t("people.empty")}</p>
      ) : (
        <ul class="plain-list">
          {peers.map((p) => (
            <PersonCard key={p.peerId} peer={p} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PersonCard({ peer }: { peer: CirclePeer }) {
  const { t } = useTranslation("circle");
  const name = peerName(peer, t("someoneNew"));
  const muted = muteState(peer.mutedUntil).kind !== "none";
  return (
    <li class="card circle-person">
      <h3 class="circle-person-name">
        <a href={`/circle/p/${peer.peerId}`}>{name}</a>
      </h3>
      <TheirStatus peer={peer} />
      <Relation peer={peer} />
      {peer.changedKey && <p class="circle-note">{t("people.keyChanged")}</p>}
      {(peer.unread > 0 || muted) && (
        <p class="hint">
          {peer.unread > 0 && <span>{t("people.unread", { count: peer.unread })}</span>}
          {peer.unread > 0 && muted && " · "}
          {muted && <span>{t("people.muted")}</span>}
        </p>
      )}
    </li>
  );
}
