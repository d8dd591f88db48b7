import type { Pattern } from "@small-steps/core";
import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { patternTitle } from "./describe.ts";
import type { StepName } from "./protocol.ts";

/** Every pattern's counts in one table, for reading across them or side by side. */
export function PatternTable({
  patterns,
  steps,
}: {
  patterns: readonly Pattern[];
  steps: ReadonlyMap<string, StepName>;
}) {
  const { t } = useTranslation(["insights", "library", "steps"]);
  // Built when first opened: years of patterns need not cost the first paint a hidden table.
  const [open, setOpen] = useState(false);
  const cell = (steady: number, days: number, enough = true) =>
    enough ? t("table.cell", { steady, days }) : t("table.tooFew");
  return (
    <details class="insights-table" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t("table.show")}</summary>
      {open && (
        <>
          {/* Focusable, so a keyboard can scroll the table sideways when it is wider than the screen. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
          <section class="insights-table-scroll" tabIndex={0} aria-label={t("table.caption")}>
            <table>
              <caption>{t("table.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("table.what")}</th>
                  <th scope="col">{t("table.with")}</th>
                  <th scope="col">{t("table.without")}</th>
                  <th scope="col">{t("table.nextWith")}</th>
                  <th scope="col">{t("table.nextWithout")}</th>
                </tr>
              </thead>
              <tbody>
                {patterns.map((p) => (
                  <tr key={`${p.kind}:${p.key}`}>
                    <th scope="row">{patternTitle(p, steps, t)}</th>
                    <td>{cell(p.steadyWith, p.daysWith)}</td>
                    <td>{cell(p.steadyWithout, p.daysWithout)}</td>
                    <td>{cell(p.nextDay.steadyWith, p.nextDay.daysWith, p.nextDay.enoughData)}</td>
                    <td>{cell(p.nextDay.steadyWithout, p.nextDay.daysWithout, p.nextDay.enoughData)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </details>
  );
}
