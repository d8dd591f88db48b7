import { KEEP_SETTINGS } from "../store/deleteEverything.ts";
import { DEFAULT_SETTINGS, type Settings } from "./settings.ts";
import { updateSettings } from "./useSettings.ts";

/** Settings that could say something about the person go back to how a new device starts. */
const RESET_SETTINGS = Object.fromEntries(
  Object.entries(DEFAULT_SETTINGS).filter(([key]) => !KEEP_SETTINGS.has(key)),
) as Partial<Settings>;

/** After everything on the device is deleted: the running app forgets those settings too. */
export function resetPersonalSettings(): void {
  updateSettings(RESET_SETTINGS);
}
