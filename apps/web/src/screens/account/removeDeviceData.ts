import { DEFAULT_SETTINGS, type Settings } from "../../settings/settings.ts";
import { updateSettings } from "../../settings/useSettings.ts";
import { deleteEverything, KEEP_SETTINGS } from "../../store/deleteEverything.ts";

/** Settings that say something about the person go back to how a new device starts. */
const RESET_SETTINGS = Object.fromEntries(
  Object.entries(DEFAULT_SETTINGS).filter(([key]) => !KEEP_SETTINGS.has(key)),
) as Partial<Settings>;

/** "Also remove my data from this device": the same delete-everything as Your data offers. */
export async function removeDeviceData(): Promise<boolean> {
  try {
    await deleteEverything();
    updateSettings(RESET_SETTINGS);
    return true;
  } catch (error) {
    console.error("account: removing this device's data failed", error instanceof Error ? error.name : "");
    return false;
  }
}
