import { useTranslation } from "react-i18next";
import { setMyStatus } from "../../circle/engine.ts";
import type { CircleStatus } from "../../circle/model.ts";
import { Notice, useNotice } from "./Notice.tsx";
import { problemText } from "./problems.ts";

const CHOICES: readonly { value: CircleStatus | null; key: string }[] = [
  { value: "open", key: "status.open" },
  { value: "space", key: "status.space" },
  { value: null, key: "status.none" },
];

/** A shared status the person controls: it changes the moment they choose, and rings no one. */
export function MyStatus({ current }: { current: CircleStatus | null }) {
  const { t } = useTranslation("circle");
  const { notice, say } = useNotice();

  async function choose(value: CircleStatus | null) {
    const r = await setMyStatus(value);
    say(r.ok ? t("status.saved") : problemText(t, r.problem), { error: !r.ok });
  }

  return (
    <section class="card stack" aria-labelledby="circle-status-heading">
      <h2 id="circle-status-heading">{t("status.heading")}</h2>
      <fieldset class="choice-group" aria-describedby="circle-status-hint">
        <legend>{t("status.legend")}</legend>
        <p id="circle-status-hint" class="hint circle-fill">
          {t("status.hint")}
        </p>
        {CHOICES.map((c) => (
          <label key={c.key} class="choice">
            <input
              type="radio"
              name="circle-status"
              checked={current === c.value}
              onChange={() => void choose(c.value)}
            />
            {t(c.key)}
          </label>
        ))}
      </fieldset>
      <Notice notice={notice} />
    </section>
  );
}
