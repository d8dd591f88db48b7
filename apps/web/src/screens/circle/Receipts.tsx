import { useTranslation } from "react-i18next";
import { setReceipts } from "../../circle/engine.ts";
import type { CirclePeer } from "../../circle/model.ts";
import { Notice, useNotice } from "./Notice.tsx";
import { problemText } from "./problems.ts";

/** CR12: "seen" is off unless both turn it on, so no one feels watched for not answering. */
export function Receipts({ peer }: { peer: CirclePeer }) {
  const { t } = useTranslation("circle");
  const { notice, say } = useNotice();

  async function toggle(on: boolean) {
    const r = await setReceipts(peer.peerId, on);
    say(r.ok ? t(on ? "boundaries.receiptsOn" : "boundaries.receiptsOff") : problemText(t, r.problem), {
      error: !r.ok,
    });
  }

  return (
    <div class="stack">
      <label class="choice">
        <input
          type="checkbox"
          checked={peer.receiptsMine}
          aria-describedby="circle-receipts-hint"
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        {t("boundaries.receipts")}
      </label>
      <p id="circle-receipts-hint" class="hint">
        {t("boundaries.receiptsHint")}
      </p>
      <Notice notice={notice} />
    </div>
  );
}
