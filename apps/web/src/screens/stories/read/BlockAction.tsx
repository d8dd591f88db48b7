import { useTranslation } from "react-i18next";
import type { ApiResult } from "../../../account/api.ts";
import { useConfirmedAction } from "../../../ui/useConfirmedAction.ts";
import { ConfirmInline } from "../ConfirmInline.tsx";

interface Props {
  block: () => Promise<ApiResult<unknown>>;
  /** Called once the block holds; the screen decides where the reader goes next. */
  onBlocked: () => void;
  describedBy?: string;
}

/**
 * "Block this person", asked once more with what it means both ways (ST14). Nothing happens
 * before the second yes.
 */
export function BlockAction({ block, onBlocked, describedBy }: Props) {
  const { t } = useTranslation("stories");
  const action = useConfirmedAction(
    async () => {
      const r = await block();
      // The failure's kind only: it says nothing about the person or what they wrote.
      if (!r.ok) throw new Error(`stories block: ${r.failure.kind}`);
    },
    { working: t("block.working"), failed: t("block.failed"), kept: t("block.kept") },
    "Stories block",
  );
  return (
    <ConfirmInline
      action={action}
      class="read-block"
      confirmClass="card stack read-confirm"
      question={t("block.confirm")}
      yes={t("block.yes")}
      keep={t("block.keep")}
      onDone={onBlocked}
    >
      <button
        ref={action.refs.startRef}
        type="button"
        class="quiet"
        aria-describedby={describedBy}
        onClick={action.ask}
      >
        {t("block.button")}
      </button>
    </ConfirmInline>
  );
}
