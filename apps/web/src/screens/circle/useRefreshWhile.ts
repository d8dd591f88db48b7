import { useEffect } from "preact/hooks";
import { refreshCircle } from "../../circle/engine.ts";

/** How often to ask while someone is expected (the live socket usually tells sooner). */
const EVERY_MS = 10_000;

/**
 * While a screen waits for someone (the invite just made), asks the server now and then, and only
 * while the page is visible: a hidden tab costs nothing.
 */
export function useRefreshWhile(waiting: boolean): void {
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void refreshCircle();
    }, EVERY_MS);
    return () => clearInterval(timer);
  }, [waiting]);
}
