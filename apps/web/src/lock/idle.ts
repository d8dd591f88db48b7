import type { LockOptions } from "./config.ts";

/** Input that counts as someone being there. Scrolling and reading with a pointer count too. */
const ACTIVITY = ["pointerdown", "pointermove", "keydown", "wheel", "touchstart", "scroll"] as const;

export function idleMs(options: LockOptions): number | null {
  return options.idle === "close" ? null : Number(options.idle) * 60_000;
}

/**
 * Calls `onLock` once the person has given no input for the chosen time, or — if chosen — the
 * moment the app is hidden (docs/crypto.md L16). Timers are throttled in hidden tabs, so the
 * time is checked again on return. Returns the function that stops watching.
 */
export function watchForLock(
  options: LockOptions,
  onLock: () => void,
  target: Pick<Window, "addEventListener" | "removeEventListener"> = window,
  doc: Pick<Document, "addEventListener" | "removeEventListener" | "visibilityState"> = document,
): () => void {
  const limit = idleMs(options);
  let last = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const lock = () => {
    if (stopped) return;
    stop();
    onLock();
  };
  const check = () => {
    if (limit === null || stopped) return;
    const left = last + limit - Date.now();
    if (left <= 0) lock();
    else {
      clearTimeout(timer);
      timer = setTimeout(check, left);
    }
  };
  const onActivity = () => {
    last = Date.now();
  };
  const onVisibility = () => {
    if (doc.visibilityState === "hidden") {
      if (options.lockOnHide) lock();
    } else check();
  };

  for (const type of ACTIVITY) target.addEventListener(type, onActivity, { capture: true, passive: true });
  doc.addEventListener("visibilitychange", onVisibility);
  check();

  function stop() {
    stopped = true;
    clearTimeout(timer);
    for (const type of ACTIVITY) target.removeEventListener(type, onActivity, { capture: true });
    doc.removeEventListener("visibilitychange", onVisibility);
  }
  return stop;
}
