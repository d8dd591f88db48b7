import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { resources } from "./resources.ts";

export const LANGUAGES = [{ code: "en", name: "English" }] as const;
export type LanguageCode = (typeof LANGUAGES)[number]["code"];

/** Starts i18next synchronously: resources are bundled, so the first paint has its words. */
export function initI18n(language: string): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: "en",
    defaultNS: "common",
    ns: Object.keys(resources.en),
    interpolation: { escapeValue: false }, // Preact escapes text already.
    initAsync: false,
    returnNull: false,
  });
  return i18next;
}

export { i18next };
