import { MAX_MESSAGE_CHARS } from "@small-steps/sync";
import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { Notice, useNotice } from "./Notice.tsx";

interface Props {
  name: string;
  busy: boolean;
  onSend: (text: string) => Promise<boolean>;
}

/** Words of one's own, when the agreed ones don't fit. */
export function FreeText({ name, busy, onSend }: Props) {
  const { t } = useTranslation("circle");
  const [text, setText] = useState("");
  const { notice, say } = useNotice();

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const trimmed = text.trim();
    if (!trimmed) return say(t("person.freeMissing"));
    if (trimmed.length > MAX_MESSAGE_CHARS) return say(t("person.freeTooLong", { max: MAX_MESSAGE_CHARS }));
    if (await onSend(trimmed)) setText("");
  }

  return (
    <form class="stack" onSubmit={onSubmit} noValidate aria-labelledby="circle-free-heading">
      <h3 id="circle-free-heading">{t("person.freeHeading")}</h3>
      <div class="field">
        <label for="circle-free">{t("person.freeLabel", { name })}</label>
        <p id="circle-free-hint" class="hint">
          {t("person.freeHint", { max: MAX_MESSAGE_CHARS })}
        </p>
        <textarea
          id="circle-free"
          rows={3}
          maxLength={MAX_MESSAGE_CHARS}
          value={text}
          aria-describedby="circle-free-hint"
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </div>
      <Notice notice={notice} />
      <div>
        <button type="submit" class="primary" aria-disabled={busy}>
          {t("person.freeSend")}
        </button>
      </div>
    </form>
  );
}
