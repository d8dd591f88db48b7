import type { ComponentChildren } from "preact";
import { useCallback, useState } from "preact/hooks";
import "./statusMessage.css";

export interface StatusMessage {
  text: string;
  /** A problem: shown in the calm problem style. */
  error?: boolean;
  /** A link that goes with the words, e.g. to the profile when publishing needs one. */
  link?: { href: string; label: string };
  /** A fresh node per message, so the same words said twice are still announced. */
  n: number;
}

/** One polite message after an action ("Saved on this device."), or a problem in calm words. */
export function useStatus() {
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const say = useCallback(
    (text: string, extra: Omit<StatusMessage, "text" | "n"> = {}) =>
      setStatus((s) => ({ text, ...extra, n: (s?.n ?? 0) + 1 })),
    [],
  );
  const clear = useCallback(() => setStatus(null), []);
  return { status, say, clear };
}

interface Props {
  status: StatusMessage | null;
  /** The screen's own spacing for the region. */
  class: string;
  id?: string;
  /** Good news in a soft note box rather than a quiet hint line. */
  note?: boolean;
}

/** The live region stays in the page, empty, so the first message is announced too. */
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
