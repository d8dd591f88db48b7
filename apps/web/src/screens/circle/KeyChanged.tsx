import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { acceptChangedKey, setVerified } from "../../circle/engine.ts";
import type { CirclePeer } from "../../circle/model.ts";
import { SafetyCompare } from "./SafetyCompare.tsx";

/**
 * CR2: the server showed another key for this person. Nothing is sent until the two compare the
 * new safety code; said plainly, without alarm, with the reasons it can happen.
 */
export function KeyChanged({ peer, name }: { peer: CirclePeer; name: string }) {
  const { t } = useTranslation("circle");
  const [comparing, setComparing] = useState(false);
  return (
    <section class="card stack circle-key-changed" aria-labelledby="circle-key-heading">
      <h2 id="circle-key-heading">{t("keyChanged.heading")}</h2>
      <p>{t("keyChanged.text", { name })}</p>
      <p class="hint">{t("keyChanged.paused")}</p>
      {comparing ? (
        <SafetyCompare
          peer={peer}
          which="changed"
          level={3}
          autoFocus
          onMatch={async () => {
            await acceptChangedKey(peer.peerId);
            await setVerified(peer.peerId, true);
          }}
        />
      ) : (
        <div>
          <button type="button" class="primary" onClick={() => setComparing(true)}>
            {t("keyChanged.compare")}
          </button>
        </div>
      )}
    </section>
  );
}
