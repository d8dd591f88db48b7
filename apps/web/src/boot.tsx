import "./zodConfig.ts";
import { render } from "preact";
import { hydrate, prerender as renderToHtml } from "preact-iso";
import { App } from "./app/App.tsx";
import { keepOneHistoryEntry } from "./app/history.ts";
import { registerServiceWorker } from "./app/registerServiceWorker.ts";
import { initI18n } from "./i18n/index.ts";
import { getLockStatus, onLockChange, startedLocked } from "./lock/lockState.ts";
import { PRERENDERED } from "./prerendered.ts";
import { applySettings } from "./settings/settings.ts";
import { getSettings } from "./settings/useSettings.ts";
import { wipeDue } from "./store/wipe.ts";
import { startSyncWhenSignedIn } from "./sync/start.ts";

/** Starts the app in the browser: settings, words, the screen, the service worker. */
export function boot(): void {
  keepOneHistoryEntry();
  const settings = getSettings();
  applySettings(settings);
  initI18n(settings.language);

  const root = document.getElementById("app");
  if (root) {
    // Pre-rendered pages (PRERENDERED) arrive with their words already in the HTML, so a slow
    // phone shows them before any script runs; there we adopt that markup. Every other path is
    // served index.html (Today's markup), so there we draw the screen afresh.
    // Locked, the page differs from its pre-rendered form (no navigation, maybe the lock): draw it afresh.
    if (PRERENDERED.includes(location.pathname) && !startedLocked()) hydrate(<App />, root);
    else {
      root.replaceChildren();
      render(<App />, root);
    }
  }
  // Scripts and tests can tell the pre-rendered words from the running app.
  document.documentElement.dataset.ready = "true";
  registerServiceWorker();
  // Deletes whose undo window passed while the app was closed are wiped now, off the first paint.
  setTimeout(() => void wipeDue(), 2000);
  // While locked, wipes wait (nothing can be read or written); they run on unlocking.
  onLockChange(() => {
    if (getLockStatus() === "unlocked") void wipeDue();
  });
  // Sync starts only for a device holding an account's keys, after the first screen is up.
  setTimeout(() => startSyncWhenSignedIn(), 0);
}

/** Build time only: renders a page to static HTML (see prerender() in main.tsx). */
export async function renderPage(data: { url: string }) {
  // "/sos.html" is how the plugin is asked for a file named sos.html; the route is "/sos".
  const path = data.url.replace(/\.html$/, "");
  // The router reads `location`, which Node lacks; a URL object has every field it uses.
  Object.assign(globalThis, { location: new URL(path, "http://localhost") });
  initI18n("en");
  const { html } = await renderToHtml(<App />);
  const others = PRERENDERED.filter((p) => p !== "/").map((p) => `${p}.html`);
  return { html, links: new Set(data.url === "/" ? others : []) };
}
