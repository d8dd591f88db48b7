/**
 * Quick exit: leave at once for a neutral page, in a way the Back button cannot undo.
 * `location.replace` swaps the current history entry instead of adding one, and the app
 * keeps itself to a single entry (history.ts), so there is no app page behind the neutral one.
 */
export const NEUTRAL_URL = "https://duckduckgo.com/?q=weather+this+week";

export function quickExit(): void {
  // Blank the screen first: the neutral page may take a moment (or fail) to load offline.
  document.title = "New Tab";
  document.body.replaceChildren();
  location.replace(NEUTRAL_URL);
}

/** Escape pressed three times within this window leaves, like the Quick exit button. */
export const ESCAPE_WINDOW_MS = 1500;

/** Returns a key handler that calls `onExit` on the third Escape in quick succession. */
export function tripleEscape(onExit: () => void, now: () => number = Date.now): (e: KeyboardEvent) => void {
  let presses: number[] = [];
  return (e) => {
    if (e.key !== "Escape") return;
    const t = now();
    presses = [...presses.filter((p) => t - p < ESCAPE_WINDOW_MS), t];
    if (presses.length >= 3) {
      presses = [];
      onExit();
    }
  };
}
