import { useCallback, useState } from "preact/hooks";
import { useClearsItself } from "../../ui/StatusMessage.tsx";
import type { Notice } from "./notices.ts";

/**
 * The status line under "Your data": good news ("Your copy is saved as …") goes by itself after
 * a short while like every status line (ui/statusTiming.ts); a problem, or a step still under
 * way ("Reading the file…", `stays`), waits for the person or for the step to end.
 */
export function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  const clear = useCallback(() => setNotice(null), []);
  useClearsItself(notice, clear);
  return [notice, setNotice] as const;
}
