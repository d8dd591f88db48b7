import type { ComponentChildren } from "preact";
import { useCallback, useState } from "preact/hooks";

export interface StatusMessage {
  text: string;
  /** A link that goes with the words, e.g. to the profile when publishing needs one. */
  link?: { href: string; label: string };
  /** A problem: shown in the calm problem style, never red. */
  problem?: boolean;
  /** A fresh node per message, so the same words said twice are announced again. */
  n: number;
}

/** One polite message after an action ("Draft saved."), or a problem in calm words. */
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

/** The live region stays in the page, empty, so the first message is announced too. */
export function Status({ status, id }: { status: StatusMessage | null; id?: string }) {
  let content: ComponentChildren = null;
  if (status) {
    content = (
      <p key={status.n} class={status.problem ? "error-message" : "story-saved"}>
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
    <div id={id} class="story-status" role="status">
      {content}
    </div>
  );
}
