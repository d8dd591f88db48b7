import type { AccountResponse } from "@small-steps/sync";
import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { ChangePasswordSection } from "./ChangePasswordSection.tsx";
import { DeleteAccountSection } from "./DeleteAccountSection.tsx";
import { DevicesSection } from "./DevicesSection.tsx";
import { PasskeysSection } from "./PasskeysSection.tsx";
import { SignOutSection } from "./SignOutSection.tsx";
import { SyncStatusSlot } from "./SyncStatusSlot.tsx";
import { ViewHeading } from "./ViewHeading.tsx";
import type { ViewProps } from "./view.ts";

interface Props extends ViewProps {
  username: string;
  /** Null when the server could not be reached: the forms fetch it when they need it. */
  account: AccountResponse | null;
  notice?: string | undefined;
}

/** Who is signed in, sync status, devices, and the account's own controls. */
export function SignedInView({ go, focus, username, account: initial, notice }: Props) {
  const { t } = useTranslation("account");
  const [account, setAccount] = useState(initial);
  return (
    <>
      <ViewHeading focus={focus}>{t("title")}</ViewHeading>
      <p>{t("signedIn.as", { username })}</p>
      {notice && <p class="account-notice">{notice}</p>}
      {!initial && <p class="hint">{t("signedIn.unreachable")}</p>}
      <SyncStatusSlot />
      <DevicesSection />
      <PasskeysSection account={account} username={username} />
      <ChangePasswordSection account={account} onChanged={setAccount} username={username} />
      <SignOutSection go={go} />
      <DeleteAccountSection username={username} account={account} onAccount={setAccount} go={go} />
    </>
  );
}
