import { formatInviteCode } from "@small-steps/sync";
import { useTranslation } from "react-i18next";
import type { PendingInvite } from "../../circle/model.ts";
import { copyText } from "./copy.ts";
import { Notice, useNotice } from "./Notice.tsx";
import { endsAt } from "./when.ts";

/** The link carries the code in the fragment, so it never reaches a server log (CR3). */
export const inviteLink = (code: string, origin: string = location.origin) => `${origin}/circle/join#${code}`;

/** A fresh invite: the code and the link to give in the person's own way, how long it works, and that it works once. */
export function InviteCode({ invite }: { invite: PendingInvite }) {
  const { t, i18n } = useTranslation("circle");
  const { notice, say } = useNotice();
  const code = formatInviteCode(invite.code);
  const link = inviteLink(invite.code);

  async function copy(text: string) {
    const copied = await copyText(text);
    say(copied ? t("invite.copied") : t("invite.copyFailed"), { error: !copied });
  }

  return (
    <div class="stack">
      <dl class="circle-invite-details">
        <dt>{t("invite.codeLabel")}</dt>
        <dd class="circle-invite-code">{code}</dd>
        <dt>{t("invite.linkLabel")}</dt>
        <dd class="circle-invite-link">{link}</dd>
      </dl>
      <div class="row">
        <button type="button" onClick={() => void copy(code)}>
          {t("invite.copyCode")}
        </button>
        <button type="button" onClick={() => void copy(link)}>
          {t("invite.copyLink")}
        </button>
      </div>
      <Notice notice={notice} />
      <p>
        {t("invite.expires", { when: endsAt(invite.expiresAt, i18n.language) })} {t("invite.once")}
      </p>
    </div>
  );
}
