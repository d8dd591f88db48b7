import { useEffect, useRef } from "preact/hooks";
import { useLocation } from "preact-iso";
import { useTranslation } from "react-i18next";
import { useHeightAsCssVar } from "./barHeight.ts";
import { NEUTRAL_URL, quickExit, tripleEscape } from "./quickExit.ts";

/** Alt+Shift+S opens the SOS flow from anywhere. */
const SOS_SHORTCUT = "Alt+Shift+S";

function isSosShortcut(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === "KeyS";
}

/**
 * The top edge of every screen: Quick exit, Settings, and "I'm struggling". Plain links in
 * the markup, so both work even before any script has run; once it has, they act at once.
 */
export function TopBar() {
  const { t } = useTranslation();
  const { route } = useLocation();
  const bar = useRef<HTMLElement>(null);
  useHeightAsCssVar(bar, "--top-bar-height");

  useEffect(() => {
    const onEscape = tripleEscape(quickExit);
    const onKey = (e: KeyboardEvent) => {
      onEscape(e);
      if (isSosShortcut(e)) {
        e.preventDefault();
        route("/sos");
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [route]);

  return (
    <header class="top-bar" ref={bar}>
      <a
        class="quick-exit"
        href={NEUTRAL_URL}
        onClick={(e) => {
          e.preventDefault();
          quickExit();
        }}
        aria-describedby="quick-exit-hint"
      >
        {t("quickExit.label")}
      </a>
      <span id="quick-exit-hint" class="visually-hidden">
        {t("quickExit.hint")}
      </span>
      <a class="top-link" href="/more">
        {t("nav.more")}
      </a>
      <a class="struggling" href="/sos" aria-keyshortcuts={SOS_SHORTCUT} title={t("struggling.shortcutHint")}>
        {t("struggling.label")}
      </a>
    </header>
  );
}
