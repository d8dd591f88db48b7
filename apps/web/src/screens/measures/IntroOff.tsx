import { useTranslation } from "react-i18next";
import { updateSettings } from "../../settings/useSettings.ts";
import { useResultsByMeasure } from "./data.ts";
import { focusWhenShown, useTakeFocus } from "./focus.ts";

/**
 * Self-measures are off: what they are and are not, and the person's choice to turn them on.
 * `focusAfter` is the heading of whatever this page turns into once they are on.
 */
export function IntroOff({ focusAfter }: { focusAfter: string }) {
  const { t } = useTranslation("measures");
  const results = useResultsByMeasure();
  useTakeFocus("measures-turn-on");
  const hasEarlier = results !== undefined && Object.values(results).some((list) => list.length > 0);
  const turnOn = () => {
    focusWhenShown(focusAfter);
    updateSettings({ measures: true });
  };
  return (
    <>
      <p>{t("off.what")}</p>
      <p>{t("off.is")}</p>
      <p>{t("off.private")}</p>
      <p>{t("off.choice")}</p>
      {hasEarlier && <p class="hint">{t("off.earlier")}</p>}
      <p>
        <button type="button" class="primary" id="measures-turn-on" onClick={turnOn}>
          {t("off.turnOn")}
        </button>
      </p>
    </>
  );
}
