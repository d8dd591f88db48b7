import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { DEFAULT_LOCK_OPTIONS, type LockOptions } from "../../lock/config.ts";
import { getLockOptions, lockNow, setLockOptions } from "../../lock/lockState.ts";
import { useFleetingText } from "../../ui/StatusMessage.tsx";
import { LockTimingFields } from "./LockTimingFields.tsx";

/** When to lock, saved as it is chosen; and "Lock now". */
export function LockOptionsForm() {
  const { t } = useTranslation("lock");
  const [options, setOptions] = useState<LockOptions>(() => getLockOptions() ?? DEFAULT_LOCK_OPTIONS);
  const [saved, setSaved] = useFleetingText();

  function change(next: LockOptions) {
    setOptions(next);
    setLockOptions(next);
    setSaved(t("settings.optionsSaved"));
  }

  return (
    <section class="card stack" aria-labelledby="lock-when-h">
      <h2 id="lock-when-h">{t("settings.optionsHeading")}</h2>
      <LockTimingFields name="lock-when" value={options} onChange={change} />
      <div role="status" aria-live="polite">
        {saved && <p>{saved}</p>}
      </div>
      <div>
        <button type="button" onClick={lockNow}>
          {t("settings.lockNow")}
        </button>
      </div>
    </section>
  );
}
