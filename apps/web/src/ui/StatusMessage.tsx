import type { ComponentChildren } from "preact";
import { useCallback, useEffect, useState } from "preact/hooks";
import { clearsAfter, type Timed } from "./statusTiming.ts";
import "./statusMessage.css";

export interface StatusMessage extends Timed {
  text: string;
  /** A link that goes with the words, e.g. to the profile when publishing needs one. */
  link?: { href: string; label: string };
  /** A fresh node per message, so the same words said twice are still announced. */
  n: number;
}

/**
 * Runs `clear` once `status` has been on screen for its while (ui/statusTiming.ts). A new
 * message (a new object) starts the wait afresh. Nothing animates: the words simply go.
 */
export function useClearsItself<T extends Timed | null>(status: T, clear: () => void): void {
  useEffect(() => {
    const after = clearsAfter(status);
    if (after === null) return;
    const timer = setTimeout(clear, after);
    return () => clearTimeout(timer);
  }, [status, clear]);
}

/**
 * One polite message after an action ("Saved on this device."), or a problem in calm words.
 * Good news clears itself after a few seconds; a problem stays until the screen calls clear()
 * (when the person tries again or changes the field).
 */
export function useStatus() {
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const say = useCallback(
    (text: string, extra: Omit<StatusMessage, "text" | "n"> = {}) =>
      setStatus((s) => ({ text, ...extra, n: (s?.n ?? 0) + 1 })),
    [],
  );
  const clear = useCallback(() => setStatus(null), []);
  useClearsItself(status, clear);
  return { status, say, clear };
}

export interface Spoken extends Timed {
  text: string;
  /** A fresh node per message (key={n}), so the same words said twice are announced again. */
  n: number;
}

/**
 * For a screen with a live region of its own (often visually hidden): the words and a fresh
 * key per message, clearing themselves like useStatus's. `say(text, { error: true })` keeps a
 * problem; `{ stays: true }` keeps a step still under way ("Making the PDF…").
 */
export function useSpoken() {
  const [spoken, setSpoken] = useState<Spoken>({ text: "", n: 0 });
  const say = useCallback(
    (text: string, extra: Timed = {}) => setSpoken((s) => ({ text, ...extra, n: s.n + 1 })),
    [],
  );
  const clear = useCallback(() => setSpoken((s) => (s.text ? { text: "", n: s.n + 1 } : s)), []);
  useClearsItself(spoken.text ? spoken : null, clear);
  return [spoken, say, clear] as const;
}

/** useState<string | null> for a status line, except that good news goes by itself. */
export function useFleetingText(): [string | null, (text: string | null, extra?: Timed) => void] {
  const [spoken, say, clear] = useSpoken();
  const set = useCallback(
    (text: string | null, extra?: Timed) => (text ? say(text, extra) : clear()),
    [say, clear],
  );
  return [spoken.text || null, set];
}

interface Props {
  status: StatusMessage | null;
  /** The screen's own spacing for the region. */
  class: string;
  id?: string;
  /** Good news in a soft note box rather than a quiet hint line. */
  note?: boolean;
}

/**
 * The live region stays in the page, empty, so the first message is announced too; when the
 * words clear themselves only the words go, so the next message is announced the same way.
 */
export function Status({ status, class: className, id, note = false }: Props) {
  let content: ComponentChildren = null;
  if (status) {
    content = (
      <p key={status.n} class={status.error ? "error-message" : note ? "status-note" : "hint"}>
        {status.text}
        {status.link && (
          <>
            {" "}
            <a href={status.link.href}>{status.link.label}</a>
          </>
        )}
      </p>
    );
  }
  return (
    <div role="status" id={id} class={className}>
      {content}
    </div>
  );
}
