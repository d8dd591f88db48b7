import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { SosWayfinding } from "../../ui/SosWayfinding.tsx";
import { UnlockForm } from "./UnlockForm.tsx";
import "./lock.css";

export type PrivateHelp = "refrains" | "contacts" | "safetyPlan";

/**
 * An SOS step that shows the person's own words (refrains, trusted people, the safety plan)
 * while the app is locked: a calm "unlock to see", the form right here, and the rest of the
 * help one tap away. Never an error.
 */
export function UnlockToSee({ what }: { what: PrivateHelp }) {
  const { t } = useTranslation("lock");
  const title = t(`unlockToSee.${what}`);
  usePageTitle(title);
  return (
    <section class="stack sos lock">
      <h1>{title}</h1>
      <p>{t("unlockToSee.why")}</p>
      <div class="card">
        <UnlockForm />
      </div>
      <SosWayfinding current={what === "safetyPlan" ? "safetyPlan" : undefined} />
    </section>
  );
}
