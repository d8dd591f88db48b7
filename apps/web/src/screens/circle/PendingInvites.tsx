import { formatInviteCode } from "@small-steps/sync";
import { useTranslation } from "react-i18next";
import { cancelInvite } from "../../circle/engine.ts";
import type { PendingInvite } from "../../circle/model.ts";
import { Notice, useNotice } from "./Notice.tsx";
import { problemText } from "./problems.ts";
import { endsAt } from "./when.ts";

/** Invites I made that no one has used yet: each can be cancelled, so a code given in error stops working. */
export function PendingInvites({ invites }: { invites: PendingInvite[] }) {
  const { t, i18n } = useTranslation("circle");
  const { notice, say } = useNotice();

  async function cancel(invite: PendingInvite) {
    const r = await cancelInvite(invite.id);
    say(r.ok ? t("invites.cancelled", { label: invite.label }) : problemText(t, r.problem), { error: !r.ok });
    if (r.ok) document.getElementById("circle-invites-heading")?.focus();
  }

  if (invites.length === 0) return <Notice notice={notice} />;
  return (
    <section class="stack" aria-labelledby="circle-invites-heading">
      <h2 id="circle-invites-heading" tabIndex={-1}>
        {t("invites.heading")}
      </h2>
      <ul class="plain-list">
        {invites.map((i) => (
          <li key={i.id} class="card circle-invite">
            <h3>{t("invites.forLabel", { label: i.label })}</h3>
            <p class="circle-code-inline">{t("invites.code", { code: formatInviteCode(i.code) })}</p>
            <p class="hint">{t("invites.expires", { when: endsAt(i.expiresAt, i18n.language) })}</p>
            <button
              type="button"
              aria-label={t("invites.cancelFor", { label: i.label })}
              onClick={() => void cancel(i)}
            >
              {t("invites.cancel")}
            </button>
          </li>
        ))}
      </ul>
      <Notice notice={notice} />
    </section>
  );
}
