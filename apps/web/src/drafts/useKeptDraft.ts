import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { dropDraft, keepDraft, readDraft } from "./draftStore.ts";

export type SetDraft<T> = (next: T | ((previous: T) => T)) => void;

export interface KeptDraft {
  /** A draft from before was put back into the form (say it, and offer to start fresh). */
  restored: boolean;
  /** The person just let a kept draft go; `undoDiscard` brings it back. */
  discarded: boolean;
  /** Start fresh: the form goes back to how it opened, and the kept draft goes. */
  discard: () => void;
  undoDiscard: () => void;
  /** Saved or cancelled on purpose: the kept draft goes, the form is left as it is. */
  clear: () => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Form state that outlives the screen: every change is kept on this device under `key`
 * (drafts/draftStore.ts) and the draft is put back once when the form opens again — after
 * "I'm struggling", a reload or a closed tab. A form back at its starting value keeps nothing.
 * Without a key it is plain state. Values must be JSON (they are sealed as JSON under App lock).
 */
export function useKeptDraft<T>(
  key: string | undefined,
  initial: T,
  /**
   * Whether a value holds something the person gave; by default, anything other than how the
   * form opened. A form with choices that are only a way in (a prompt shown) says otherwise.
   */
  worthKeeping?: (value: T) => boolean,
): [T, SetDraft<T>, KeptDraft] {
  const [value, setState] = useState<T>(initial);
  const [shown, setShown] = useState<"none" | "restored" | "discarded">("none");
  const start = useRef(initial);
  const current = useRef(initial);
  const typed = useRef(false);
  const worth = useRef<(value: T) => boolean>(() => false);
  worth.current = worthKeeping ?? ((value: T) => !same(value, start.current));
  const letGo = useRef<T | undefined>(undefined);

  useEffect(() => {
    if (!key) return;
    let open = true;
    void readDraft<T>(key).then((kept) => {
      // Words typed before the draft was read are newer than it: they win.
      if (!open || kept === undefined || typed.current || !worth.current(kept)) return;
      current.current = kept;
      setState(kept);
      setShown("restored");
    });
    return () => {
      open = false;
    };
  }, [key]);

  const put = useCallback(
    (next: T) => {
      current.current = next;
      setState(next);
      if (!key) return;
      if (worth.current(next)) keepDraft(key, next);
      else void dropDraft(key);
    },
    [key],
  );

  const setValue = useCallback<SetDraft<T>>(
    (next) => {
      typed.current = true;
      put(typeof next === "function" ? (next as (previous: T) => T)(current.current) : next);
      // Typing again after starting fresh means the old words are not wanted back.
      setShown((s) => (s === "discarded" ? "none" : s));
    },
    [put],
  );

  const kept = useMemo<KeptDraft>(
    () => ({
      restored: shown === "restored",
      discarded: shown === "discarded",
      discard: () => {
        letGo.current = current.current;
        put(start.current);
        setShown("discarded");
      },
      undoDiscard: () => {
        if (letGo.current === undefined) return;
        put(letGo.current);
        letGo.current = undefined;
        setShown("restored");
      },
      clear: () => {
        if (key) void dropDraft(key);
        typed.current = true;
        setShown("none");
      },
    }),
    [shown, key, put],
  );

  return [value, setValue, kept];
}
