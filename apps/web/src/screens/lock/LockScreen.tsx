import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { useSettings } from "../../settings/useSettings.ts";
import { ForgotPassphrase } from "./ForgotPassphrase.tsx";
import { UnlockForm } from "./UnlockForm.tsx";
import "./lock.css";

/**
 * The lock, shown in place of any screen with private things on it. Help is always here:
 * "I'm struggling" and the crisis lines open while locked (the top bar's Quick exit too).
 * In discreet mode the words name nothing.
 */
export function LockScreen() {
  const { t } = useTranslation("lock");
  const { discreet } = useSettings();
  const title = discreet ? t("locked.titleDiscreet") : t("locked.title");
  usePageTitle(title);
  return (
    <section class="stack lock">
      <h1>{title}</h1>
      <p>{discreet ? t("locked.introDiscreet") : t("locked.intro")}</p>
      <div class="card">
        <UnlockForm />
      </div>
      <section class="card stack" aria-labelledby="lock-help-h">
        <div>
          <h2 id="lock-help-h">{t("locked.helpHeading")}</h2>
          <p class="hint">{t("locked.helpText")}</p>
        </div>
        <ul class="lock-help">
          <li>
            <a class="button primary" href="/sos">
              {t("common:struggling.label")}
            </a>
          </li>
          <li>
            <a class="button" href="/crisis-lines">
              {t("locked.crisisLines")}
            </a>
          </li>
        </ul>
      </section>
      <ForgotPassphrase />
    </section>
  );
}
