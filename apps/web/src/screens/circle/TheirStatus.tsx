import { useTranslation } from "react-i18next";
import type { CirclePeer } from "../../circle/model.ts";
import { relationOf } from "./people.ts";

/** Their status in words, or nothing when they haven't shared one. */
export function TheirStatus({ peer, showNone }: { peer: CirclePeer; showNone?: boolean }) {
  const { t } = useTranslation("circle");
  if (peer.status === "open") return <p class="circle-status is-open">{t("status.theirOpen")}</p>;
  if (peer.status === "space") return <p class="circle-status is-space">{t("status.theirSpace")}</p>;
  return showNone ? <p class="hint">{t("person.statusNone")}</p> : null;
}

/** Who is there for whom, in plain words. */
export function Relation({ peer }: { peer: CirclePeer }) {
  const { t } = useTranslation("circle");
  return <p class="hint">{t(`people.${relationOf(peer)}`)}</p>;
}
