import { useEffect, useRef } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { useLockStatus } from "../../lock/lockState.ts";
import { ChangePassphraseForm } from "./ChangePassphraseForm.tsx";
import { DisableLockForm } from "./DisableLockForm.tsx";
import { EnableLockForm } from "./EnableLockForm.tsx";
import { LockOptionsForm } from "./LockOptionsForm.tsx";
import "./lock.css";

/** Settings → App lock: what it does and does not hide, then turning it on, or managing it. */
export function LockSettingsScreen() {
  const { t } = useTranslation("lock");
  usePageTitle(t("settings.title"));
  const on = useLockStatus() !== "off";
  const statusRef = useRef<HTMLParagraphElement>(null);
  const first = useRef(true);

  // Turned on or off just now: say so where focus lands.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    statusRef.current?.focus();
  }, [on]);

  return (
    <section class="stack lock">
      <h1>{t("settings.title")}</h1>
      <p>{t("settings.intro")}</p>
      <p class="hint">{t("settings.metadata")}</p>
      <p class="hint">{t("settings.search")}</p>
      <p ref={statusRef} tabIndex={-1} class="lock-status">
        <strong>{on ? t("settings.on") : t("settings.off.done")}</strong>
      </p>
      {on ? (
        <>
          <LockOptionsForm />
          <ChangePassphraseForm />
          <DisableLockForm />
        </>
      ) : (
        <EnableLockForm />
      )}
      <p>
        <a href="/settings">{t("settings:title")}</a>
      </p>
    </section>
  );
}
