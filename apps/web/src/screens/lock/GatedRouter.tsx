import type { ComponentProps } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { Router, useLocation } from "preact-iso";
import { useTranslation } from "react-i18next";
import { focusNewScreen } from "../../app/focusScreen.ts";
import { useLockStatus } from "../../lock/lockState.ts";
import { LockScreen } from "./LockScreen.tsx";
import { type PrivateHelp, UnlockToSee } from "./UnlockToSee.tsx";

/** Help that needs nothing private: open while locked (docs/crypto.md L17). */
const OPEN_WHILE_LOCKED: ReadonlySet<string> = new Set([
  "/sos",
  "/sos/breathe",
  "/sos/senses",
  "/sos/shape",
  "/sos/warmth",
  "/crisis-lines",
]);

/** SOS steps made of the person's own words: "unlock to see", with the form right there. */
const PRIVATE_HELP: Readonly<Record<string, PrivateHelp>> = {
  "/sos/refrains": "refrains",
  "/sos/reach-out": "contacts",
  "/safety-plan": "safetyPlan",
};

/**
 * preact-iso's Router, with the lock standing between the routes and the screen while the app
 * is locked. The router stays in the same place in the tree whatever the lock does, so a
 * calming tool that is open when the app locks (breathing, say) carries on undisturbed.
 */
export function GatedRouter(props: ComponentProps<typeof Router>) {
  const { t } = useTranslation("lock");
  const locked = useLockStatus() === "locked";
  const { path } = useLocation();
  const open = !locked || OPEN_WHILE_LOCKED.has(path);
  const privateHelp = PRIVATE_HELP[path];

  // When the lock takes a screen's place, or gives it back, focus goes to the new content.
  const shown = open ? "children" : path;
  const previous = useRef(shown);
  useEffect(() => {
    if (previous.current === shown) return;
    previous.current = shown;
    // Without scrolling, like any new screen, so "I'm struggling" stays in view (issue 13).
    focusNewScreen();
  }, [shown]);

  return (
    <>
      {open ? <Router {...props} /> : null}
      {open ? null : privateHelp ? <UnlockToSee what={privateHelp} /> : <LockScreen />}
      {locked && open ? (
        <p class="lock-note">
          {t("locked.note")} <a href="/">{t("locked.noteLink")}</a>
        </p>
      ) : null}
    </>
  );
}
