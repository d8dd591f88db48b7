import { useCallback, useState } from "preact/hooks";

export interface StatusMessage {
  text: string;
  error?: boolean;
  /** A fresh node per message, so the same words said twice are still announced. */
  n: number;
}

/** A polite message after an action ("Saved on this device.") or a problem in calm words. */
export function useStatus() {
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const say = useCallback(
    (text: string, error = false) => setStatus((s) => ({ text, error, n: (s?.n ?? 0) + 1 })),
    [],
  );
  const clear = useCallback(() => setStatus(null), []);
  return { status, say, clear };
}

/** The live region stays in the page, empty, so the first message is announced too. */
export function Status({ status }: { status: StatusMessage | null }) {
  return (
    <div role="status" class="read-status">
      {status && (
        <p key={status.n} class={status.error ? "error-message" : "hint"}>
          {status.text}
        </p>
      )}
    </div>
  );
}
