import { PASSKEY_NAME_MAX, type PasskeyInfo } from "@small-steps/sync";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { dateFormatter } from "../ui/dates.ts";

interface Props {
  passkey: PasskeyInfo;
  busy: boolean;
  /** `done` closes the rename form once the new name is saved. */
  onRename: (name: string, done: () => void) => void;
  onRemove: () => void;
}

type Mode = "idle" | "renaming" | "confirmRemove";

/** One passkey: its name, what it can do in plain words, when it was added and used; rename, remove. */
export function PasskeyItem({ passkey, busy, onRename, onRemove }: Props) {
  const { t, i18n } = useTranslation("passkeys");
  const [mode, setMode] = useState<Mode>("idle");
  const [name, setName] = useState(passkey.name);
  const inputRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const back = useRef<"rename" | "remove" | null>(null);
  const when = (iso: string) =>
    dateFormatter(i18n.language, { day: "numeric", month: "long", year: "numeric" }).format(new Date(iso));
  const inputId = `passkey-rename-${passkey.id}`;

  // Focus follows the step: into the rename field or the confirm button, and back to the button
  // that opened it when the step closes.
  useEffect(() => {
    if (mode === "renaming") inputRef.current?.select();
    else if (mode === "confirmRemove") confirmRef.current?.focus();
    else if (back.current === "rename") renameRef.current?.focus();
    else if (back.current === "remove") removeRef.current?.focus();
  }, [mode]);

  const close = (from: "rename" | "remove") => {
    back.current = from;
    setMode("idle");
  };

  function onSubmit(event: Event) {
    event.preventDefault();
    onRename(name, () => close("rename"));
  }

  return (
    <li class="passkey">
      <span class="passkey-name">{passkey.name}</span>
      <span class={passkey.unlocksKeys ? undefined : "hint"}>
        {t(passkey.unlocksKeys ? "unlocks" : "signsInOnly")}
      </span>
      <span class="hint">
        {t("added", { date: when(passkey.createdAt) })} ·{" "}
        {passkey.lastUsedAt ? t("lastUsed", { date: when(passkey.lastUsedAt) }) : t("notUsed")}
      </span>
      {mode === "renaming" && (
        <form class="stack passkey-rename" onSubmit={onSubmit} aria-busy={busy} noValidate>
          <div class="field">
            <label for={inputId}>{t("rename.label", { name: passkey.name })}</label>
            <input
              ref={inputRef}
              id={inputId}
              type="text"
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
              maxLength={PASSKEY_NAME_MAX}
              autoComplete="off"
              required
            />
          </div>
          <div class="row">
            <button type="submit" aria-disabled={busy}>
              {t("rename.save")}
            </button>
            <button type="button" onClick={() => close("rename")}>
              {t("rename.cancel")}
            </button>
          </div>
        </form>
      )}
      {mode === "confirmRemove" && (
        <div class="stack passkey-confirm">
          <p>{t("remove.confirm", { name: passkey.name })}</p>
          <div class="row">
            <button ref={confirmRef} type="button" class="danger" aria-disabled={busy} onClick={onRemove}>
              {t("remove.yes")}
            </button>
            <button type="button" onClick={() => close("remove")}>
              {t("remove.no")}
            </button>
          </div>
        </div>
      )}
      {mode === "idle" && (
        <div class="row">
          <button
            ref={renameRef}
            type="button"
            aria-label={t("rename.buttonLabel", { name: passkey.name })}
            onClick={() => {
              setName(passkey.name);
              setMode("renaming");
            }}
          >
            {t("rename.button")}
          </button>
          <button
            ref={removeRef}
            type="button"
            aria-label={t("remove.buttonLabel", { name: passkey.name })}
            onClick={() => setMode("confirmRemove")}
          >
            {t("remove.button")}
          </button>
        </div>
      )}
    </li>
  );
}
