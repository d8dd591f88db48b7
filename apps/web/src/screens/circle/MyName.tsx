import { MAX_NAME_CHARS } from "@small-steps/sync";
import { useEffect, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { setMyName } from "../../circle/engine.ts";
import { Notice, useNotice } from "./Notice.tsx";
import { problemText } from "./problems.ts";

interface Props {
  /** The name saved so far, or "" when there is none yet. */
  current: string;
  /** Shown when a name is needed before going on (inviting, joining): asked gently, not demanded. */
  askFirst?: boolean;
}

/** The name my circle sees, sent sealed to each person (CR10: quietly, no notification). */
export function MyName({ current, askFirst }: Props) {
  const { t } = useTranslation("circle");
  const [name, setName] = useState(current);
  const [busy, setBusy] = useState(false);
  const { notice, say } = useNotice();

  // When the saved name arrives from the store after the first render, the field follows it.
  useEffect(() => setName(current), [current]);

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const trimmed = name.trim();
    if (!trimmed) return say(t("name.missing"), { error: true });
    if (trimmed.length > MAX_NAME_CHARS)
      return say(t("name.tooLong", { max: MAX_NAME_CHARS }), { error: true });
    setBusy(true);
    const r = await setMyName(trimmed);
    setBusy(false);
    say(r.ok ? t("name.saved") : problemText(t, r.problem), { error: !r.ok });
  }

  return (
    <section class="card stack" aria-labelledby="circle-name-heading">
      <h2 id="circle-name-heading">{t("name.heading")}</h2>
      {askFirst && <p>{t("name.askFirst")}</p>}
      <form class="stack" onSubmit={onSubmit} aria-busy={busy} noValidate>
        <div class="field">
          <label for="circle-name">{t("name.label")}</label>
          <p id="circle-name-hint" class="hint">
            {t("name.hint")}
          </p>
          <input
            id="circle-name"
            type="text"
            autocomplete="nickname"
            maxLength={MAX_NAME_CHARS}
            value={name}
            aria-describedby="circle-name-hint"
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <Notice notice={notice} />
        <div>
          <button type="submit" class="primary" aria-disabled={busy}>
            {t("name.save")}
          </button>
        </div>
      </form>
    </section>
  );
}
