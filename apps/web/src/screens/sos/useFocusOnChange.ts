import type { RefObject } from "preact";
import { useEffect, useRef } from "preact/hooks";

/**
 * Moves focus to the element (a step's heading) whenever `key` changes, but not on the first
 * render: arriving on the screen, focus belongs to the page, not to step one.
 */
export function useFocusOnChange<T extends HTMLElement>(key: unknown): RefObject<T> {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus();
  }, [key]);
  return ref;
}
