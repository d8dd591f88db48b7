import { useEffect } from "preact/hooks";
import { i18next } from "../i18n/index.ts";

/**
 * Sets the document title for the screen and moves focus to <main> after client-side
 * navigation, so screen-reader users hear that the page changed.
 */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · ${i18next.t("appName")}`;
  }, [title]);
}
