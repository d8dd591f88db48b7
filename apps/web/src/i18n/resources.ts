// Every string the app shows lives in these locale files, one namespace per screen, so a
// translator works file by file and screens do not collide.
import common from "./locales/en/common.json";
import data from "./locales/en/data.json";
import glimmers from "./locales/en/glimmers.json";
import journal from "./locales/en/journal.json";
import library from "./locales/en/library.json";
import mosaic from "./locales/en/mosaic.json";
import refrains from "./locales/en/refrains.json";
import settings from "./locales/en/settings.json";
import steps from "./locales/en/steps.json";
import today from "./locales/en/today.json";

export const resources = {
  en: { common, data, glimmers, journal, library, mosaic, refrains, settings, steps, today },
} as const;
