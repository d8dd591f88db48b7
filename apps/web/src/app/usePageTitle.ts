import { useEffect } from "preact/hooks";
import { i18next } from "../i18n/index.ts";
import { useSettings } from "../settings/useSettings.ts";

/**
 * Sets the document title for the screen. In discreet mode every tab title is the same
 * neutral word, so a glance at the tab bar says nothing about what is open.
 */
export function usePageTitle(title: string): void {
  const { discreet } = useSettings();
  useEffect(() => {
    document.title = discreet ? i18next.t("discreetTitle") : `${title} · ${i18next.t("appName")}`;
  }, [title, discreet]);
}
