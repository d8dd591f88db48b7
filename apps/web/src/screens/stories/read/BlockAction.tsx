import { useEffect, useRef } from "preact/hooks";
import { useTranslation } from "react-i18next";
import type { ApiResult } from "../../../account/api.ts";
import { useConfirmedAction } from "../../../ui/useConfirmedAction.ts";

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
  const { step, message } = action;
  const { confirmRef, startRef } = action.refs;

  // Once, however often the screen around it renders before it moves on.
  const told = useRef(false);
  useEffect(() => {
    if (step !== "done" || told.current) return;
    told.current = true;
    onBlocked();
  }, [step, onBlocked]);

  return (
    <div class="read-block">
      {step === "idle" || step === "done" ? (
        <button
          ref={startRef}
          type="button"
          class="quiet"
          aria-describedby={describedBy}
          onClick={action.ask}
        >
          {t("block.button")}
        </button>
      ) : (
        <div class="card stack read-confirm">
          <p ref={confirmRef} tabIndex={-1}>
            {t("block.confirm")}
          </p>
          <div class="row">
            <button type="button" class="danger" onClick={action.confirm} disabled={step === "busy"}>
              {t("block.yes")}
            </button>
            <button type="button" onClick={action.keep} disabled={step === "busy"}>
              {t("block.keep")}
            </button>
          </div>
        </div>
      )}
      <div role="status">
        {message && <p class={message.error ? "error-message" : "hint"}>{message.text}</p>}
      </div>
    </div>
  );
}
