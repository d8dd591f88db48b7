import { useEffect, useId, useMemo, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { browserPushDevice, type PushDevice } from "./pushDevice.ts";
import { outcomeKey, standingNote } from "./pushMessages.ts";
import {
  confirmPushSubscription,
  type PushState,
  pushState,
  subscribePush,
  unsubscribePush,
} from "./pushSubscription.ts";

interface Props {
  /** Tests only: a stand-in for the browser's notifications and push manager. */
  device?: PushDevice;
}

/**
 * The opt-in switch for circle pushes on this device (docs/circle.md CR15). Off unless the person
 * turns it on; says plainly what a notification will say; every failure leaves things as they
 * were and says so kindly.
 */
export function PushToggle({ device }: Props) {
  const { t } = useTranslation("push");
  const browser = useMemo(() => device ?? browserPushDevice(), [device]);
  const [state, setState] = useState<PushState | "checking">("checking");
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | undefined>(undefined);
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLParagraphElement>(null);
  // Focus stays on the switch through the attempt (it is disabled meanwhile), or moves to the
  // note that replaced it (notifications were blocked at the browser's question).
  const refocus = useRef(false);

  useEffect(() => {
    let live = true;
    void pushState(browser).then((found) => {
      if (!live) return;
      setState(found);
      // The server keeps the subscription for whoever is signed in here now.
      if (found === "on") void confirmPushSubscription(browser);
    });
    return () => {
      live = false;
    };
  }, [browser]);

  async function onChange(event: Event) {
    const turnOn = (event.currentTarget as HTMLInputElement).checked;
    setBusy(true);
    setStatus(undefined);
    const result = turnOn ? await subscribePush(browser) : await unsubscribePush(browser);
    setState(await pushState(browser));
    setStatus(outcomeKey(result.ok ? { ok: true, on: turnOn } : result));
    refocus.current = true;
    setBusy(false);
  }

  useEffect(() => {
    if (busy || !refocus.current) return;
    refocus.current = false;
    (noteRef.current ?? inputRef.current)?.focus();
  }, [busy]);

  const note = standingNote(state);
  return (
    <div class="field push-toggle" aria-busy={busy || state === "checking"}>
      {note ? (
        <p class="hint" ref={noteRef} tabIndex={-1}>
          {t(note)}
        </p>
      ) : (
        <>
          <label class="choice">
            <input
              ref={inputRef}
              type="checkbox"
              checked={state === "on"}
              disabled={busy}
              onChange={onChange}
              aria-describedby={hintId}
            />
            <span>{t("label")}</span>
          </label>
          <p id={hintId} class="hint">
            {t("hint")}
          </p>
        </>
      )}
      <p role="status" aria-live="polite">
        {busy ? t("working") : status && status !== note ? t(status) : ""}
      </p>
    </div>
  );
}
