import "./zodConfig.ts";
import { render } from "preact";
import { hydrate, prerender as renderToHtml } from "preact-iso";
import { App } from "./app/App.tsx";
import { keepOneHistoryEntry } from "./app/history.ts";
import { registerServiceWorker } from "./app/registerServiceWorker.ts";
import { initI18n } from "./i18n/index.ts";
import { applySettings } from "./settings/settings.ts";
import { getSettings } from "./settings/useSettings.ts";
import "./styles/tokens.css";
import "./styles/base.css";

/**
 * Pages written as static HTML at build time: Today (index.html), and the SOS hub and crisis
 * lines, whose essential words must be readable before any script runs. The server and the
 * service worker answer /sos with sos.html, and so on.
 */
const PRERENDERED = ["/", "/sos", "/crisis-lines"];

if (typeof window !== "undefined") {
  keepOneHistoryEntry();
  const settings = getSettings();
  applySettings(settings);
  initI18n(settings.language);

  const root = document.getElementById("app");
  if (root) {
    // Pre-rendered pages (PRERENDERED) arrive with their words already in the HTML, so a slow
    // phone shows them before any script runs; there we adopt that markup. Every other path is
    // served index.html (Today's markup), so there we draw the screen afresh.
    if (PRERENDERED.includes(location.pathname)) hydrate(<App />, root);
    else {
      root.replaceChildren();
      render(<App />, root);
    }
  }
  registerServiceWorker();
  // Deletes whose undo window passed while the app was closed are wiped now, off the first paint.
  setTimeout(() => void import("./store/wipe.ts").then((m) => m.wipeDue()), 2000);
}

/**
 * Build time only (vite-prerender-plugin): renders a page to static HTML with the default
 * settings and no data, which the browser shows at once and the app then takes over.
 */
export async function prerender(data: { url: string }) {
  // "/sos.html" is how the plugin is asked for a file named sos.html; the route is "/sos".
  const path = data.url.replace(/\.html$/, "");
  // The router reads `location`, which Node lacks; a URL object has every field it uses.
  Object.assign(globalThis, { location: new URL(path, "http://localhost") });
  initI18n("en");
  const { html } = await renderToHtml(<App />);
  const others = PRERENDERED.filter((p) => p !== "/").map((p) => `${p}.html`);
  return { html, links: new Set(data.url === "/" ? others : []) };
}
