import { smsHref, telHref } from "@small-steps/core";
import { useEffect, useRef } from "preact/hooks";
import { useTranslation } from "react-i18next";
import type { CirclePeer, MessageState } from "../../circle/model.ts";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";
import { loadSafetyPlan } from "../safety-plan/planStore.ts";
import type { NoticeState } from "./Notice.tsx";
import { phoneFor } from "./phoneFor.ts";
import type { Outgoing } from "./useOutgoing.ts";

interface Props {
  peer: CirclePeer;
  name: string;
  outgoing: Outgoing | null;
  state: MessageState | null | undefined;
  /** The words that wait, so a text can carry the same words. */
  text?: string;
  /** A problem with the last send (not kept at all), in calm words. */
  notice: NoticeState | null;
  class?: string;
}

/** A number written for them in Reach out or the safety plan, read from this device. */
function usePhone(peer: CirclePeer, wanted: boolean): string | null | undefined {
  return useLiveQuery(async () => {
    // Undefined, not null, when not wanted: a live query keeps its last answer while the next
    // runs, and "no number" must not be taken as the answer before it has been looked for.
    if (!wanted) return undefined;
    const contacts = (await db.contacts.toArray()).filter((c) => !c.deleted);
    const plan = await loadSafetyPlan();
    const helpers = (plan?.helpers ?? []).map((h) => ({ name: h.text, phone: h.phone }));
    return phoneFor([peer.name, peer.label], contacts, helpers) ?? null;
  }, [peer.peerId, peer.name, peer.label, wanted]);
}

/**
 * Whether the top and bottom of `el` can be seen: inside the viewport and not under a bar
 * that stays on screen (the top bar, the bottom nav), which a viewport check alone misses.
 */
function onScreen(el: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  if (r.top < 0 || r.bottom > window.innerHeight) return false;
  const x = r.left + r.width / 2;
  const seen = (y: number) => el.contains(document.elementFromPoint(x, y));
  return seen(r.top + 2) && seen(r.bottom - 2);
}

/**
 * What became of the message just written, in words that are true at each moment: waiting
 * on this device (with a call or a text to them right here, or other help when there is no
 * number), then sent once the relay has it. One live region, always in the page; each state
 * is a fresh node, so the change from waiting to sent is announced.
 */
export function SendStatus({ peer, name, outgoing, state, text, notice, class: className }: Props) {
  const { t } = useTranslation("circle");
  const waiting = !!outgoing && state === "sending";
  const phone = usePhone(peer, waiting);
  const box = useRef<HTMLDivElement>(null);
  const shownFor = useRef(0);
  // Once per message, when its words (and, while it waits, the number beside them) are drawn:
  // if the tap left them below the fold or under a bar, the page brings them to the middle.
  const ready = !!outgoing && state !== undefined && state !== null && (!waiting || phone !== undefined);
  useEffect(() => {
    if (!ready || !outgoing || shownFor.current === outgoing.n) return;
    shownFor.current = outgoing.n;
    const el = box.current;
    if (el && !onScreen(el)) el.scrollIntoView({ block: "center" });
  }, [ready, outgoing]);

  let words: { text: string; error?: boolean } | null = null;
  if (outgoing && state === "sending") words = { text: t("outgoing.waiting", { name }) };
  else if (outgoing && state === "sent") words = { text: t("outgoing.sent", { name }) };
  else if (outgoing && state === "failed") words = { text: t("outgoing.failed", { name }), error: true };
  else if (notice) words = { text: notice.text, error: notice.error };

  return (
    <div ref={box} class={`stack circle-outgoing ${className ?? ""}`}>
      <p
        class="circle-notice ro-circle-status"
        role="status"
        data-outgoing={outgoing ? (state ?? "") : undefined}
      >
        {words && (
          <span
            key={outgoing ? `${outgoing.n}-${state}` : `notice-${notice?.n}`}
            class={words.error ? "error-message" : undefined}
          >
            {words.text}
          </span>
        )}
      </p>
      {waiting && phone !== undefined && (
        <div class="stack">
          {phone ? (
            <>
              <p class="hint">{t("outgoing.sooner", { name })}</p>
              <div class="row">
                <a class="button" href={smsHref(phone, text)}>
                  {t("outgoing.text", { name })}
                </a>
                <a class="button" href={telHref(phone)}>
                  {t("outgoing.call", { name })}
                </a>
              </div>
            </>
          ) : (
            <p class="hint">
              {t("outgoing.elsewhere")} <a href="/crisis-lines">{t("outgoing.crisisLines")}</a>
              {" · "}
              <a href="/safety-plan">{t("outgoing.safetyPlan")}</a>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
