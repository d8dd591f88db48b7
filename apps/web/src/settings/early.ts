/**
 * Before the app's code loads: copy the stored display settings onto <html> so the first
 * paint already has the person's theme, text size and motion preference. Deliberately tiny
 * and free of zod (that arrives with the app); only known values are applied, and
 * settings.ts re-validates and re-applies everything a moment later.
 */
/** Where the display settings are stored (settings.ts reads and writes the same key). */
export const SETTINGS_KEY = "small-steps:settings";

const KNOWN: Record<string, readonly string[]> = {
  theme: ["system", "light", "dark"],
  textSize: ["small", "default", "large", "larger"],
};

export function applyStoredDisplaySettings(root: HTMLElement = document.documentElement): void {
  try {
    const stored = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? "{}") as Record<string, unknown>;
    for (const [key, allowed] of Object.entries(KNOWN)) {
      const value = stored[key];
      if (typeof value === "string" && allowed.includes(value)) root.dataset[key] = value;
    }
    if (stored.reduceMotion === true) root.dataset.motion = "reduce";
  } catch {
    // Nothing stored, or storage off: the defaults in the HTML stand.
  }
}
