/**
 * The entry: as small as it can be, so the pre-rendered words paint before the app's code is
 * even compiled. It applies the display settings (no flash of the wrong theme or text size),
 * lets the browser paint, then loads the rest (boot.tsx, precached by the service worker).
 */
import { applyStoredDisplaySettings } from "./settings/early.ts";
import "./styles/tokens.css";
import "./styles/base.css";

if (typeof window !== "undefined") {
  applyStoredDisplaySettings();
  requestAnimationFrame(() => setTimeout(() => void import("./boot.tsx").then((m) => m.boot())));
}

/** Build time only (vite-prerender-plugin): a page's static HTML, with default settings and no data. */
export async function prerender(data: { url: string }) {
  const { renderPage } = await import("./boot.tsx");
  return renderPage(data);
}
