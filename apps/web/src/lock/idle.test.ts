import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { idleMs, watchForLock } from "./idle.ts";

/** A window and document stand-in: just events and the page's visibility. */
function fakePage() {
  const target = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: "visible" as DocumentVisibilityState });
  return {
    target: target as unknown as Window,
    doc: doc as unknown as Document & { visibilityState: DocumentVisibilityState },
    input: () => target.dispatchEvent(new Event("pointerdown")),
    setVisibility(state: DocumentVisibilityState) {
      doc.visibilityState = state;
      doc.dispatchEvent(new Event("visibilitychange"));
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("when the app locks (docs/crypto.md L16)", () => {
  it("L16: after the chosen time without input, and input keeps it open", () => {
    const page = fakePage();
    const onLock = vi.fn();
    watchForLock({ idle: "1", lockOnHide: false }, onLock, page.target, page.doc);
    vi.advanceTimersByTime(40_000);
    page.input();
    vi.advanceTimersByTime(40_000);
    expect(onLock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(21_000);
    expect(onLock).toHaveBeenCalledTimes(1);
  });

  it("L16: at once when hidden, if chosen; otherwise the time is checked again on return", () => {
    const page = fakePage();
    const onLock = vi.fn();
    watchForLock({ idle: "5", lockOnHide: true }, onLock, page.target, page.doc);
    page.setVisibility("hidden");
    expect(onLock).toHaveBeenCalledTimes(1);

    const other = fakePage();
    const later = vi.fn();
    watchForLock({ idle: "5", lockOnHide: false }, later, other.target, other.doc);
    other.setVisibility("hidden");
    expect(later).not.toHaveBeenCalled();
    // Hidden tabs' timers are throttled: on return, the clock decides.
    vi.setSystemTime(Date.now() + 6 * 60_000);
    other.setVisibility("visible");
    expect(later).toHaveBeenCalledTimes(1);
  });

  it("L16: 'only when I close the app' never locks on time; stopping stops everything", () => {
    const page = fakePage();
    const onLock = vi.fn();
    expect(idleMs({ idle: "close", lockOnHide: false })).toBeNull();
    const stop = watchForLock({ idle: "close", lockOnHide: true }, onLock, page.target, page.doc);
    vi.advanceTimersByTime(24 * 60 * 60_000);
    stop();
    page.setVisibility("hidden");
    expect(onLock).not.toHaveBeenCalled();
  });
});
