import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import type { CirclePeer } from "../../circle/model.ts";
import { SafetyCompare } from "./SafetyCompare.tsx";

/** Whether the two compared safety codes, and the code on request, to compare (again) at any time. */
export function Verification({ peer, name }: { peer: CirclePeer; name: string }) {
  const { t } = useTranslation("circle");
  const [open, setOpen] = useState(false);
  return (
    <div class="stack circle-verify">
      <p>{peer.verified ? t("safety.verified", { name }) : t("safety.notVerified", { name })}</p>
      <div>
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? t("safety.hide") : t("safety.show")}
        </button>
      </div>
      {open && <SafetyCompare peer={peer} level={3} autoFocus />}
    </div>
  );
}
