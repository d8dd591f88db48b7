import { MAX_PHRASE_CHARS, MAX_PHRASES } from "@small-steps/sync";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { savePhrases } from "../../circle/engine.ts";
import type { CirclePeer, PhraseKind } from "../../circle/model.ts";
import { Notice, useNotice } from "./Notice.tsx";
import { cleanPhraseList, type PhraseTexts, resolvePhrases } from "./phrases.ts";
import { problemText } from "./problems.ts";

/**
 * "Shape your messages together": both lists, edited by either person; the newest save wins on
 * both sides. The draft follows the other person's edits until this person starts typing.
 */
export function PhraseEditor({ peer, name }: { peer: CirclePeer; name: string }) {
  const { t } = useTranslation("circle");
  const saved = resolvePhrases(peer.phrases, (k) => t(k));
  const [draft, setDraft] = useState<PhraseTexts>(saved);
  const dirty = useRef(false);
  const [busy, setBusy] = useState(false);
  const { notice, say } = useNotice();

  useEffect(() => {
    if (!dirty.current) setDraft(resolvePhrases(peer.phrases, (k) => t(k)));
  }, [peer.phrases.at, peer.phrases.by]);

  function change(next: PhraseTexts) {
    dirty.current = true;
    setDraft(next);
  }

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (busy) return;
    for (const kind of ["reach", "answer"] as const) {
      const long = draft[kind].findIndex((p) => p.trim().length > MAX_PHRASE_CHARS);
      if (long >= 0) {
        document.getElementById(`circle-phrase-${kind}-${long}`)?.focus();
        return say(t("phrases.tooLong", { n: long + 1, max: MAX_PHRASE_CHARS }), { error: true });
      }
    }
    setBusy(true);
    const reach = cleanPhraseList(draft.reach, MAX_PHRASES);
    const answer = cleanPhraseList(draft.answer, MAX_PHRASES);
    const r = await savePhrases(peer.peerId, reach, answer);
    setBusy(false);
    if (!r.ok) return say(problemText(t, r.problem), { error: true });
    dirty.current = false;
    setDraft({ reach, answer });
    say(t("phrases.saved", { name }));
  }

  return (
    <details class="card circle-editor">
      <summary>{t("phrases.heading")}</summary>
      <form class="stack" onSubmit={onSubmit} aria-busy={busy} noValidate>
        <p>{t("phrases.intro", { name })}</p>
        <p class="hint">
          {peer.phrases.by === "me" && t("phrases.byMe")}
          {peer.phrases.by === "them" && t("phrases.byThem", { name })}
          {peer.phrases.by === "default" && t("phrases.byDefault")}
        </p>
        <PhraseList kind="reach" legend={t("phrases.reachLegend")} draft={draft} onChange={change} />
        <PhraseList kind="answer" legend={t("phrases.answerLegend")} draft={draft} onChange={change} />
        <Notice notice={notice} />
        <div class="row">
          <button type="submit" class="primary" aria-disabled={busy}>
            {t("phrases.save")}
          </button>
          <button
            type="button"
            onClick={() => {
              dirty.current = false;
              setDraft(saved);
            }}
          >
            {t("phrases.reset")}
          </button>
        </div>
      </form>
    </details>
  );
}

interface ListProps {
  kind: PhraseKind;
  legend: string;
  draft: PhraseTexts;
  onChange: (next: PhraseTexts) => void;
}

function PhraseList({ kind, legend, draft, onChange }: ListProps) {
  const { t } = useTranslation("circle");
  const list = draft[kind];
  const id = (i: number) => `circle-phrase-${kind}-${i}`;
  const set = (next: string[]) => onChange({ ...draft, [kind]: next });
  const full = list.length >= MAX_PHRASES;

  function remove(i: number) {
    set(list.filter((_, j) => j !== i));
    // Focus stays in the list: on the next message, else the one before, else "Add".
    requestAnimationFrame(() =>
      (
        document.getElementById(id(i)) ??
        document.getElementById(id(i - 1)) ??
        document.getElementById(`${id(0)}-add`)
      )?.focus(),
    );
  }

  function add() {
    if (full) return;
    set([...list, ""]);
    requestAnimationFrame(() => document.getElementById(id(list.length))?.focus());
  }

  return (
    <fieldset class="stack circle-phrase-edit">
      <legend>{legend}</legend>
      <ol class="plain-list">
        {list.map((text, i) => (
          <li key={i} class="field">
            <label for={id(i)}>{t("phrases.itemLabel", { n: i + 1 })}</label>
            <div class="row">
              <input
                id={id(i)}
                type="text"
                maxLength={MAX_PHRASE_CHARS}
                value={text}
                onInput={(e) => set(list.map((p, j) => (j === i ? e.currentTarget.value : p)))}
              />
              <button
                type="button"
                aria-label={t("phrases.removeItem", { n: i + 1 })}
                onClick={() => remove(i)}
              >
                {t("phrases.remove")}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {full ? (
        <p class="hint">{t("phrases.full", { max: MAX_PHRASES })}</p>
      ) : (
        <div>
          <button type="button" id={`${id(0)}-add`} onClick={add}>
            {t("phrases.add")}
          </button>
        </div>
      )}
    </fieldset>
  );
}
