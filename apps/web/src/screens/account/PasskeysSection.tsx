import { type AccountResponse, PASSKEY_NAME_MAX, type PasskeyInfo } from "@small-steps/sync";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { addPasskey, listPasskeys, removePasskey, renamePasskey } from "../../passkeys/actions.ts";
import { PasskeyItem } from "../../passkeys/PasskeyItem.tsx";
import { usePasskeyForm } from "../../passkeys/usePasskeyForm.ts";
import { passkeysSupported } from "../../passkeys/webauthn.ts";
import { accountData } from "./currentAccountData.ts";
import { FormStatus } from "./FormStatus.tsx";
import { PasswordField } from "./PasswordField.tsx";
import "../../passkeys/passkeys.css";
import { useSpoken } from "../../ui/StatusMessage.tsx";

interface Props {
  /** Null when the view opened offline: adding a passkey fetches it then. */
  account: AccountResponse | null;
  username: string;
}

/**
 * Passkeys on the signed-in account screen: each one says plainly whether it can also unlock
 * the data, and can be renamed or removed. Adding one asks for the password, checked on this
 * device, so the passkey can be given the account key where the browser supports PRF.
 */
export function PasskeysSection({ account, username }: Props) {
  const { t } = useTranslation("passkeys");
  const supported = passkeysSupported();
  const [passkeys, setPasskeys] = useState<PasskeyInfo[] | null>(null);
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [spoken, announce, clearSaid] = useSpoken();
  const said = spoken.text ? spoken : null;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const load = usePasskeyForm();
  const add = usePasskeyForm();
  const change = usePasskeyForm();

  function refresh() {
    void load.run(listPasskeys, setPasskeys);
  }

  useEffect(refresh, []);

  function onAdd(event: Event) {
    event.preventDefault();
    clearSaid();
    const chosen = name.trim() || t("add.defaultName");
    void add.run(
      async () => {
        if (chosen.length > PASSKEY_NAME_MAX) return { ok: false, problem: { kind: "nameNeeded" } };
        if (!password) return { ok: false, problem: { kind: "wrongPassword" } };
        const data = await accountData(account);
        if (!data.ok) return data;
        return addPasskey({ name: chosen, password, account: data.value });
      },
      ({ passkey }) => {
        setName("");
        setPassword("");
        announce(t(passkey.unlocksKeys ? "add.doneUnlocks" : "add.doneSignsIn", { name: passkey.name }));
        setPasskeys((list) => [...(list ?? []).filter((p) => p.id !== passkey.id), passkey]);
      },
    );
  }

  function onRename(passkey: PasskeyInfo, next: string, done: () => void) {
    clearSaid();
    void change.run(
      async () => {
        const trimmed = next.trim();
        if (!trimmed || trimmed.length > PASSKEY_NAME_MAX)
          return { ok: false, problem: { kind: "nameNeeded" } };
        return renamePasskey(passkey.id, trimmed);
      },
      (renamed) => {
        setPasskeys((list) => (list ?? []).map((p) => (p.id === renamed.id ? renamed : p)));
        announce(t("rename.done", { name: renamed.name }));
        done();
      },
    );
  }

  function onRemove(passkey: PasskeyInfo) {
    clearSaid();
    void change.run(
      () => removePasskey(passkey.id),
      () => {
        setPasskeys((list) => (list ?? []).filter((p) => p.id !== passkey.id));
        announce(t("remove.done", { name: passkey.name }));
        // The item and its buttons are gone: the section's heading is the next sensible place.
        headingRef.current?.focus();
      },
    );
  }

  return (
    <section class="card stack passkeys" aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading" ref={headingRef} tabIndex={-1}>
        {t("heading")}
      </h2>
      <p class="hint">{t("intro")}</p>
      {passkeys ? (
        passkeys.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ul class="plain-list passkey-list">
            {passkeys.map((p) => (
              <PasskeyItem
                key={p.id}
                passkey={p}
                busy={change.busy}
                onRename={(next, done) => onRename(p, next, done)}
                onRemove={() => onRemove(p)}
              />
            ))}
          </ul>
        )
      ) : (
        <FormStatus busy={load.busy} busyText={t("loading")} error={load.error} />
      )}
      <FormStatus busy={change.busy} busyText={t("working")} error={change.error} />
      <div role="status" aria-live="polite">
        {said && <p key={said.n}>{said.text}</p>}
      </div>
      {supported ? (
        <form class="stack account-form passkey-add" onSubmit={onAdd} aria-busy={add.busy} noValidate>
          <h3>{t("add.heading")}</h3>
          {/* For password managers: which account the password belongs to. */}
          <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
          <div class="field">
            <label for="passkey-name">{t("add.name")}</label>
            <p id="passkey-name-hint" class="hint">
              {t("add.nameHint")}
            </p>
            <input
              id="passkey-name"
              name="passkey-name"
              type="text"
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
              maxLength={PASSKEY_NAME_MAX}
              autoComplete="off"
              aria-describedby="passkey-name-hint"
            />
          </div>
          <PasswordField
            id="passkey-password"
            label={t("add.password")}
            hint={t("add.passwordHint")}
            value={password}
            onValue={setPassword}
            autoComplete="current-password"
          />
          <FormStatus busy={add.busy} busyText={t("add.busy")} error={add.error} />
          <div>
            <button type="submit" aria-disabled={add.busy}>
              {t("add.submit")}
            </button>
          </div>
        </form>
      ) : (
        <p>{t("unsupported")}</p>
      )}
    </section>
  );
}
