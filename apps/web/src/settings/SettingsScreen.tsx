import { useTranslation } from "react-i18next";
import { usePageTitle } from "../app/usePageTitle.ts";
import { LANGUAGES } from "../i18n/index.ts";
import { useLockStatus } from "../lock/lockState.ts";
import type { Settings } from "./settings.ts";
import { updateSettings, useSettings } from "./useSettings.ts";

const THEMES: Settings["theme"][] = ["system", "light", "dark"];
const SIZES: Settings["textSize"][] = ["small", "default", "large", "larger"];

export function SettingsScreen() {
  const { t } = useTranslation("settings");
  const settings = useSettings();
  const lockStatus = useLockStatus();
  usePageTitle(t("title"));
  const osReduced =
    typeof window !== "undefined" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  return (
    <section class="stack">
      <h1>{t("title")}</h1>

      <section class="card stack" aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">{t("appearance")}</h2>
        <fieldset class="choice-group">
          <legend>{t("theme.label")}</legend>
          {THEMES.map((theme) => (
            <label key={theme} class="choice">
              <input
                type="radio"
                name="theme"
                value={theme}
                checked={settings.theme === theme}
                onChange={() => updateSettings({ theme })}
              />
              <span>{t(`theme.${theme}`)}</span>
            </label>
          ))}
        </fieldset>

        <fieldset class="choice-group">
          <legend>{t("textSize.label")}</legend>
          {SIZES.map((textSize) => (
            <label key={textSize} class="choice">
              <input
                type="radio"
                name="textSize"
                value={textSize}
                checked={settings.textSize === textSize}
                onChange={() => updateSettings({ textSize })}
              />
              <span>{t(`textSize.${textSize}`)}</span>
            </label>
          ))}
        </fieldset>

        <div class="field">
          <label class="choice">
            <input
              type="checkbox"
              checked={settings.reduceMotion}
              onChange={(e) => updateSettings({ reduceMotion: e.currentTarget.checked })}
              aria-describedby="motion-hint"
            />
            <span>{t("motion.label")}</span>
          </label>
          <p id="motion-hint" class="hint">
            {osReduced ? t("motion.osOn") : t("motion.hint")}
          </p>
        </div>

        <div class="field">
          <label for="language">{t("language.label")}</label>
          <select
            id="language"
            value={settings.language}
            onChange={(e) => updateSettings({ language: e.currentTarget.value })}
          >
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
      </section>

      <section class="card stack" aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t("privacy.title")}</h2>
        <p>{t("privacy.body")}</p>
        <p>{t("privacy.circle")}</p>
        <p>{t("privacy.history")}</p>
        <div class="field">
          <label class="choice">
            <input
              type="checkbox"
              checked={settings.discreet}
              onChange={(e) => updateSettings({ discreet: e.currentTarget.checked })}
              aria-describedby="discreet-hint"
            />
            <span>{t("discreet.label")}</span>
          </label>
          <p id="discreet-hint" class="hint">
            {t("discreet.hint")}
          </p>
        </div>
      </section>

      {/* The app lock has its own screen (screens/lock), loaded when opened. */}
      <div class="card">
        <p>
          <a href="/settings/lock">
            {t("lock:settingsLink")} <span aria-hidden="true">→</span>
          </a>
        </p>
        <p class="hint">{lockStatus === "off" ? t("lock:settingsLinkOff") : t("lock:settingsLinkOn")}</p>
      </div>

      {/* Export, import and "delete everything" live on their own screen, loaded when opened. */}
      <div class="card">
        <p>
          <a href="/your-data">
            {t("data:settingsLink")} <span aria-hidden="true">→</span>
          </a>
        </p>
        <p class="hint">{t("data:settingsLinkHint")}</p>
      </div>
    </section>
  );
}
