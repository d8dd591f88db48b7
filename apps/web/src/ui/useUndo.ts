import { useCallback, useState } from "preact/hooks";

export interface PendingUndo {
  message: string;
  undo: () => void | Promise<void>;
}

/** Holds at most one undoable action for a screen; a newer action replaces the older one. */
export function useUndo() {
  const [pending, setPending] = useState<PendingUndo | null>(null);
  const offer = useCallback((p: PendingUndo) => setPending(p), []);
  const dismiss = useCallback(() => setPending(null), []);
  return { pending, offer, dismiss };
}
