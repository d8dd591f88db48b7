import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { accountApi } from "../../account/api.ts";
import { clearAccount, currentAccount, onAccountChange } from "../../account/keyring.ts";
import { normalizeUsername } from "../../account/username.ts";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { CreateAccountView } from "./CreateAccountView.tsx";
import { pendingCode } from "./pendingCode.ts";
import { RecoverView } from "./RecoverView.tsx";
import { RecoveryCodeView } from "./RecoveryCodeView.tsx";
import { SignedInView } from "./SignedInView.tsx";
import { SignedOutView } from "./SignedOutView.tsx";
import { SignInView } from "./SignInView.tsx";
import { actionsUnderWay } from "./useAccountForm.ts";
import type { View } from "./view.ts";
import "./account.css";

/**
 * Where this device stands: a recovery code still to be saved, the keys the device holds
 * (keyring), and whether the server still knows this session. A session the server has ended
 * (password changed or "sign out everywhere else" on another device) takes the keys with it, so
 * a lost phone stops syncing once it next asks.
 */
async function whereWeAre(sessionEnded: string): Promise<View> {
  const pending = pendingCode();
  if (pending) return { name: "code", ...pending };
  const local = await currentAccount();
  if (!local) return { name: "signedOut" };
  const me = await accountApi.me();
  if (me.ok && normalizeUsername(me.value.user.username) === normalizeUsername(local.username)) {
    return { name: "signedIn", username: me.value.user.username, account: me.value };
  }
  if (me.ok || me.failure.kind === "refused") {
    await clearAccount();
    return { name: "signIn", username: local.username, notice: sessionEnded };
  }
  // Offline or the server is down: the device still holds the keys, so it is still signed in.
  return { name: "signedIn", username: local.username, account: null };
}

/** /account: an optional account for sync. Everything else in the app works without one. */
export function AccountScreen() {
  const { t } = useTranslation("account");
  usePageTitle(t("title"));
  const [view, setView] = useState<View>({ name: "loading" });
  const [moved, setMoved] = useState(false);
  const viewRef = useRef(view);
  viewRef.current = view;

  const go = (next: View) => {
    setMoved(true);
    setView(next);
  };

  useEffect(() => {
    let live = true;
    whereWeAre(t("signIn.sessionEnded"))
      .catch((error: unknown) => {
        // The device's store could not be read (locked, or storage switched off): nothing is held.
        console.error(
          "account: could not read this device's account",
          error instanceof Error ? error.name : "",
        );
        return { name: "signedOut" } as View;
      })
      .then((v) => {
        if (live) setView(v);
      });
    // Another tab signing out (or the sync engine finding the session gone) ends the view here.
    const off = onAccountChange(() => {
      if (viewRef.current.name !== "signedIn" || actionsUnderWay.count > 0) return;
      void currentAccount().then((a) => {
        if (!a && live && viewRef.current.name === "signedIn") go({ name: "signedOut" });
      });
    });
    return () => {
      live = false;
      off();
    };
  }, []);

  const props = { go, focus: moved };
  return (
    <section class="stack account" key={view.name}>
      {view.name === "loading" && (
        <>
          <h1>{t("title")}</h1>
          <p class="hint">{t("loading")}</p>
        </>
      )}
      {view.name === "signedOut" && <SignedOutView {...props} notice={view.notice} />}
      {view.name === "create" && <CreateAccountView {...props} />}
      {view.name === "code" && <RecoveryCodeView {...props} {...view} />}
      {view.name === "signIn" && <SignInView {...props} username={view.username} notice={view.notice} />}
      {view.name === "recover" && <RecoverView {...props} username={view.username} />}
      {view.name === "signedIn" && (
        <SignedInView {...props} username={view.username} account={view.account} notice={view.notice} />
      )}
    </section>
  );
}
