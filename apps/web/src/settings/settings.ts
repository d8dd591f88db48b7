import { z } from "zod";

/**
 * Display settings live in localStorage, not IndexedDB: they are read synchronously before
 * the first paint, so a dark-theme person never sees a flash of light, and large text is
 * large from the first frame.
 */
export const settingsSchema = z.object({
  theme: z.enum(["system", "light", "dark"]).catch("system"),
  textSize: z.enum(["small", "default", "large", "larger"]).catch("default"),
  reduceMotion: z.boolean().catch(false),
  language: z.string().min(2).max(10).catch("en"),
  /** Discreet mode: a neutral tab title, so a glance at the screen says nothing. */
  discreet: z.boolean().catch(false),
  /** The country whose crisis lines to show; "auto" follows the browser's locale. */
  /** Self-measures are off until the person turns them on. */
  measures: z.boolean().catch(false),
  crisisCountry: z
    .string()
    .regex(/^(auto|[A-Z]{2})$/)
    .catch("auto"),
});
export type Settings = z.infer<typeof settingsSchema>;

import { SETTINGS_KEY } from "./early.ts";
export const DEFAULT_SETTINGS: Settings = {
  theme: "system",
  textSize: "default",
  reduceMotion: false,
  language: "en",
  discreet: false,
  measures: false,
  crisisCountry: "auto",
};

export function loadSettings(): Settings {
  try {
    const raw = localStorage.getItem(SETTINGS_KEY);
    if (!raw) return { ...DEFAULT_SETTINGS };
    return settingsSchema.parse({ ...DEFAULT_SETTINGS, ...JSON.parse(raw) });
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export function storeSettings(settings: Settings): void {
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Private browsing with storage off: settings still apply for this visit.
  }
}

/** Reflects settings on <html> so CSS alone does theming, text size and motion. */
export function applySettings(settings: Settings, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = settings.theme;
  root.dataset.textSize = settings.textSize;
  root.dataset.motion = settings.reduceMotion ? "reduce" : "system";
  root.lang = settings.language;
}
