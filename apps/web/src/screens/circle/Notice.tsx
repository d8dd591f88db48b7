import { useCallback, useState } from "preact/hooks";
import { useClearsItself } from "../../ui/StatusMessage.tsx";
import type { Timed } from "../../ui/statusTiming.ts";

export interface NoticeState extends Timed {
  text: string;
  /** A fresh node per message, so saying the same words twice is still announced. */
  n: number;
}

/**
 * A polite message after an action: "Sent.", "Saved.", or a problem in calm words. Good news
 * clears itself after a few seconds (ui/statusTiming.ts); a problem (`error`) or a step still
 * under way (`stays`) waits for what comes next.
 */
export function useNotice() {
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const say = useCallback(
    (text: string, extra: Timed = {}) => setNotice((s) => ({ text, ...extra, n: (s?.n ?? 0) + 1 })),
    [],
  );
  const clear = useCallback(() => setNotice(null), []);
  useClearsItself(notice, clear);
  return { notice, say, clear };
}

/** The live region stays in the page, empty, so the first message is announced too. */
export function Notice({ notice, id }: { notice: NoticeState | null; id?: string }) {
  return (
    <p id={id} class="circle-notice" role="status">
      {notice && <span key={notice.n}>{notice.text}</span>}
    </p>
  );
}
