import "./zodConfig.ts";
import { render } from "preact";
import { hydrate, prerender as renderToHtml } from "preact-iso";
import { App } from "./app/App.tsx";
import { registerServiceWorker } from "./app/registerServiceWorker.ts";
import { initI18n } from "./i18n/index.ts";
import { applySettings } from "./settings/settings.ts";
import { getSettings } from "./settings/useSettings.ts";
import "./styles/tokens.css";
import "./styles/base.css";

if (typeof window !== "undefined") {
  const settings = getSettings();
  applySettings(settings);
  initI18n(settings.language);

  const root = document.getElementById("app");
  if (root) {
    // index.html carries Today pre-rendered at build time, so words appear before any script
    // runs on a slow phone. On "/" we adopt that markup; elsewhere we draw the screen afresh.
    if (location.pathname === "/") hydrate(<App />, root);
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
 * Build time only (vite-prerender-plugin): renders Today to static HTML with the default
 * settings and no data, which the browser shows at once and the app then takes over.
 */
export async function prerender(data: { url: string }) {
  // The router reads `location`, which Node lacks; a URL object has every field it uses.
  Object.assign(globalThis, { location: new URL(data.url, "http://localhost") });
  initI18n("en");
  const { html } = await renderToHtml(<App />);
  return { html, links: new Set<string>() };
}
