import { useEffect } from "preact/hooks";

let pending: string | null = null;

/**
 * Asks for focus to move to an element once it is on screen. Turning measures on or off swaps
 * the whole page, and the new part may still be reading from the store when the old one goes;
 * without this, keyboard focus would drop to the top of the document.
 */
export function focusWhenShown(id: string): void {
  pending = id;
}

/** Call in the component that renders element `id`: it takes the focus if it was asked for. */
export function useTakeFocus(id: string): void {
  useEffect(() => {
    if (pending !== id) return;
    pending = null;
    document.getElementById(id)?.focus();
  }, [id]);
}
