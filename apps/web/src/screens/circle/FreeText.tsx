import { MAX_MESSAGE_CHARS } from "@small-steps/sync";
import { useTranslation } from "react-i18next";
import { KeptDraftNotice } from "../../drafts/KeptDraftNotice.tsx";
import { useKeptDraft } from "../../drafts/useKeptDraft.ts";
import { Notice, useNotice } from "./Notice.tsx";

interface Props {
  name: string;
  busy: boolean;
  onSend: (text: string) => Promise<boolean>;
  /** Where unsent words are kept on the device ("circle:<peer id>"); never the person's name. */
  draftKey?: string;
}

/** Words of one's own, when the agreed ones don't fit. */
export function FreeText({ name, busy, onSend, draftKey }: Props) {
  const { t } = useTranslation("circle");
  const [text, setText, kept] = useKeptDraft(draftKey, "");
  const { notice, say } = useNotice();

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const trimmed = text.trim();
    if (!trimmed) return say(t("person.freeMissing"), { error: true });
    if (trimmed.length > MAX_MESSAGE_CHARS)
      return say(t("person.freeTooLong", { max: MAX_MESSAGE_CHARS }), { error: true });
    // Kept until it has really gone; a message still waiting to send is the outbox's to keep.
    if (await onSend(trimmed)) {
      kept.clear();
      setText("");
    }
  }

  return (
    <form class="stack" onSubmit={onSubmit} noValidate aria-labelledby="circle-free-heading">
      <h3 id="circle-free-heading">{t("person.freeHeading")}</h3>
      <KeptDraftNotice kept={kept} />
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
