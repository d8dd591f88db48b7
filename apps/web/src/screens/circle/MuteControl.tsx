import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { mute } from "../../circle/engine.ts";
import type { CirclePeer } from "../../circle/model.ts";
import { MUTE_CHOICES, type MuteChoice, muteState, muteUntil } from "./mute.ts";
import { Notice, useNotice } from "./Notice.tsx";
import { problemText } from "./problems.ts";
import { endsAt } from "./when.ts";

const CHOICE_KEY: Record<MuteChoice, string> = {
  hour: "boundaries.mute1h",
  morning: "boundaries.muteMorning",
  week: "boundaries.muteWeek",
  noEnd: "boundaries.muteForever",
};

/** Mute and snooze are one thing: quiet until a time, or with no end (CR9). Messages still arrive. */
export function MuteControl({ peer }: { peer: CirclePeer }) {
  const { t, i18n } = useTranslation("circle");
  const [choice, setChoice] = useState<MuteChoice>("hour");
  const [busy, setBusy] = useState(false);
  const { notice, say } = useNotice();
  const state = muteState(peer.mutedUntil);

  async function apply(until: string | null) {
    if (busy) return;
    setBusy(true);
    const r = await mute(peer.peerId, until);
    setBusy(false);
    say(r.ok ? t(until ? "boundaries.muted" : "boundaries.unmuted") : problemText(t, r.problem), {
      error: !r.ok,
    });
  }

  return (
    <section class="stack" aria-labelledby="circle-mute-heading">
      <h3 id="circle-mute-heading">{t("boundaries.muteHeading")}</h3>
      <p class="hint">{t("boundaries.muteHint")}</p>
      {state.kind === "none" ? (
        <form
          class="stack"
          onSubmit={(e) => {
            e.preventDefault();
            void apply(muteUntil(choice));
          }}
        >
          <fieldset class="choice-group">
            <legend>{t("boundaries.muteLegend")}</legend>
            {MUTE_CHOICES.map((c) => (
              <label key={c} class="choice">
                <input type="radio" name="circle-mute" checked={choice === c} onChange={() => setChoice(c)} />
                {t(CHOICE_KEY[c])}
              </label>
            ))}
          </fieldset>
          <div>
            <button type="submit" aria-disabled={busy}>
              {t("boundaries.mute")}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p>
            {state.kind === "noEnd"
              ? t("boundaries.mutedForever")
              : t("boundaries.mutedUntil", { when: endsAt(state.until, i18n.language) })}
          </p>
          <div>
            <button type="button" aria-disabled={busy} onClick={() => void apply(null)}>
              {t("boundaries.unmute")}
            </button>
          </div>
        </>
      )}
      <Notice notice={notice} />
    </section>
  );
}
