import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import type { CirclePeer } from "../../circle/model.ts";
import { EndConnection } from "./EndConnection.tsx";
import { MuteControl } from "./MuteControl.tsx";
import { Receipts } from "./Receipts.tsx";

/** Everything the person decides about this connection: seen, quiet, and how to end it. */
export function Boundaries({ peer, name }: { peer: CirclePeer; name: string }) {
  const { t } = useTranslation("circle");
  // Once an ending has begun here, the section stays to say how it went, even as the connection ends.
  const [acting, setActing] = useState(false);
  const onStart = () => setActing(true);
  if (!peer.connected && !acting) return null;

  const end = { peerId: peer.peerId, name, onStart };
  return (
    <section class="card stack" aria-labelledby="circle-boundaries-heading">
      <h2 id="circle-boundaries-heading">{t("boundaries.heading")}</h2>
      <p>{t("boundaries.intro", { name })}</p>
      {peer.connected && <Receipts peer={peer} />}
      {peer.connected && <MuteControl peer={peer} />}
      <EndConnection kind="remove" available={peer.connected && peer.inMyCircle} {...end} />
      <EndConnection kind="leave" available={peer.connected && peer.inTheirCircle} {...end} />
      <EndConnection kind="block" available={peer.connected} {...end} />
    </section>
  );
}
