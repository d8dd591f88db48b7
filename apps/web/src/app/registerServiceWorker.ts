/**
 * Registers the Workbox service worker that precaches the whole app shell. Loaded from our
 * own bundle (not an inline script) so the CSP can forbid inline scripts.
 */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator) || import.meta.env.DEV) return;
  const register = () =>
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch((error: unknown) => {
      // The app works without it; only offline reloads are affected.
      console.warn("Service worker registration failed", error);
    });
  // The app's code loads after the first paint, often after "load" has fired already; the
  // wait is only there to keep the precache download out of the page's own first load.
  if (document.readyState === "complete") void register();
  else window.addEventListener("load", () => void register(), { once: true });
}
