import type { QueueItem } from "@small-steps/sync";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { type ActionChoice, actionsFor } from "./words.ts";

/** The server keeps a reason up to this long (moderationActionSchema). */
const REASON_MAX = 500;

interface Props {
  item: QueueItem;
  /** The id of the card's heading, so each button says which item it acts on. */
  headingId: string;
  /** A decision on this item is being saved. */
  busy: boolean;
  onAct: (choice: ActionChoice, reason: string | undefined) => void;
}

/**
 * The decisions for one item, with an optional reason kept in the audit log. A ban is asked
 * twice, with what it means said plainly before the second yes.
 */
export function ItemActions({ item, headingId, busy, onAct }: Props) {
  const { t } = useTranslation("moderation");
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  const explainRef = useRef<HTMLParagraphElement>(null);
  const banRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const base = `mod-${item.id}`;
  const choices = actionsFor(item);

  useEffect(() => {
    if (confirming) explainRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      banRef.current?.focus();
    }
  }, [confirming]);

  function act(choice: ActionChoice) {
    if (busy) return;
    onAct(choice, reason.trim() || undefined);
  }

  function keep() {
    returnFocus.current = true;
    setConfirming(false);
  }

  const ban = choices.find((c) => c.action === "ban");
  return (
    <div class="mod-actions">
      <div class="field">
        <label for={`${base}-reason`}>{t("action.reason")}</label>
        <p id={`${base}-reason-hint`} class="hint">
          {t("action.reasonHint")}
        </p>
        <textarea
          id={`${base}-reason`}
          class="mod-reason"
          value={reason}
          maxLength={REASON_MAX}
          aria-describedby={`${base}-reason-hint`}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
      </div>
      <fieldset class="mod-choices">
        <legend class="mod-label">{t("action.legend")}</legend>
        <div class="row">
          {choices
            .filter((c) => c.action !== "ban")
            .map((choice) => (
              <button
                key={choice.label}
                type="button"
                aria-describedby={headingId}
                aria-disabled={busy}
                onClick={() => act(choice)}
              >
                {t(`action.${choice.label}`)}
              </button>
            ))}
          {ban && !confirming && (
            <button
              ref={banRef}
              type="button"
              class="danger"
              aria-describedby={headingId}
              aria-disabled={busy}
              onClick={() => setConfirming(true)}
            >
              {t("action.ban")}
            </button>
          )}
        </div>
        {ban && confirming && (
          <div class="mod-confirm">
            <p ref={explainRef} tabIndex={-1}>
              {t("ban.explain", { username: item.author.username })}
            </p>
            <div class="row">
              <button type="button" class="danger" aria-disabled={busy} onClick={() => act(ban)}>
                {t("ban.confirm", { username: item.author.username })}
              </button>
              <button type="button" onClick={keep}>
                {t("ban.cancel")}
              </button>
            </div>
          </div>
        )}
      </fieldset>
    </div>
  );
}
