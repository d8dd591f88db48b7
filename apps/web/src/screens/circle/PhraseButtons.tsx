import type { ComponentChildren } from "preact";
import type { PhraseKind } from "../../circle/model.ts";

interface Props {
  id: string;
  heading: string;
  hint: string;
  kind: PhraseKind;
  phrases: string[];
  busy: boolean;
  onSend: (text: string, kind: PhraseKind) => void;
  /** What became of a message sent from here, right under the buttons that sent it. */
  children?: ComponentChildren;
}

/** Pre-agreed words, one tap each: large targets, easy to hit on a hard day. */
export function PhraseButtons({ id, heading, hint, kind, phrases, busy, onSend, children }: Props) {
  if (phrases.length === 0) return null;
  return (
    <section class="stack circle-phrases" aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <p class="hint">{hint}</p>
      <ul class="plain-list circle-phrase-list">
        {phrases.map((text, i) => (
          <li key={i}>
            <button
              type="button"
              class="circle-phrase"
              aria-disabled={busy}
              onClick={() => {
                if (!busy) onSend(text, kind);
              }}
            >
              {text}
            </button>
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}
