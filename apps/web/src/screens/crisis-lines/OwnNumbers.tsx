import { type OwnNumber, smsHref, telHref } from "@small-steps/core";
import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { useLockStatus } from "../../lock/lockState.ts";
import { UnlockForm } from "../lock/UnlockForm.tsx";

/**
 * The person's own numbers, from their safety plan, before any public line. `own` is
 * undefined while the store answers (and in the static page): the heading holds the place.
 * While App lock is locked the plan is sealed, not empty: the section says so, with the way
 * to open it right here, and never "add numbers" to someone who already has.
 */
export function OwnNumbers({ own }: { own: OwnNumber[] | undefined }) {
  const { t } = useTranslation("crisisLines");
  const locked = useLockStatus() === "locked";
  return (
    <section class="stack cl-own" aria-labelledby="cl-own-heading">
      <h2 id="cl-own-heading">{t("own.heading")}</h2>
      {locked ? <LockedNumbers /> : own && <Numbers own={own} />}
    </section>
  );
}

function LockedNumbers() {
  const { t } = useTranslation("crisisLines");
  const [open, setOpen] = useState(false);
  return (
    <div class="stack">
      <p>{t("own.locked")}</p>
      <div>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="cl-unlock-form"
          onClick={() => setOpen((o) => !o)}
        >
          {t("own.unlock")}
        </button>
      </div>
      <div id="cl-unlock-form" hidden={!open} class="card">
        {open && <UnlockForm id="cl-unlock" />}
      </div>
    </div>
  );
}

function Numbers({ own }: { own: OwnNumber[] }) {
  const { t } = useTranslation("crisisLines");
  if (own.length === 0) {
    return (
      <p>
        {t("own.none")} <a href="/safety-plan">{t("own.addLink")}</a>
      </p>
    );
  }
  return (
    <ul class="plain-list">
      {own.map((o) => (
        <li key={`${o.section}-${o.phone}`} class="card cl-line">
          <h3 class="cl-line-name">{o.text}</h3>
          <div class="row cl-actions">
            <a class="button primary" href={telHref(o.phone)}>
              {t("own.call", { name: o.text, phone: o.phone })}
            </a>
            {o.section === "helpers" && (
              <a class="button" href={smsHref(o.phone)}>
                {t("own.text", { name: o.text })}
              </a>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
