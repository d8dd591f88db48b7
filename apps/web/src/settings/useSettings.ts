import { useSyncExternalStore } from "preact/compat";
import { i18next } from "../i18n/index.ts";
import { applySettings, loadSettings, type Settings, storeSettings } from "./settings.ts";

let current: Settings = loadSettings();
const listeners = new Set<() => void>();

export function getSettings(): Settings {
  return current;
}

export function updateSettings(patch: Partial<Settings>): void {
  current = { ...current, ...patch };
  storeSettings(current);
  applySettings(current);
  if (patch.language && patch.language !== i18next.language) void i18next.changeLanguage(patch.language);
  for (const l of listeners) l();
}

export function useSettings(): Settings {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => current,
  );
}

/** True when motion should stop: the in-app setting or the operating system asks for it. */
export function prefersReducedMotion(): boolean {
  return current.reduceMotion || window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}
