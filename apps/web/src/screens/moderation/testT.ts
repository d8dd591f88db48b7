import i18next, { type TFunction } from "i18next";
import moderation from "../../i18n/locales/en/moderation.json";

/** A real i18next with the moderation words, so tests read what a moderator would. */
export function moderationT(): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: { moderation } },
    lng: "en",
    defaultNS: "moderation",
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
