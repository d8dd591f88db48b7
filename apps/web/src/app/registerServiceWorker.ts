/**
 * Registers the Workbox service worker that precaches the whole app shell. Loaded from our
 * own bundle (not an inline script) so the CSP can forbid inline scripts.
 */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator) || import.meta.env.DEV) return;
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch((error: unknown) => {
      // The app works without it; only offline reloads are affected.
      console.warn("Service worker registration failed", error);
    });
  });
}
