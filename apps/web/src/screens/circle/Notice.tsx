import { useCallback, useState } from "preact/hooks";

export interface NoticeState {
  text: string;
  /** A fresh node per message, so saying the same words twice is still announced. */
  n: number;
}

/** A polite message after an action: "Sent.", "Saved.", or a problem in calm words. */
export function useNotice() {
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const say = useCallback((text: string) => setNotice((s) => ({ text, n: (s?.n ?? 0) + 1 })), []);
  const clear = useCallback(() => setNotice(null), []);
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
