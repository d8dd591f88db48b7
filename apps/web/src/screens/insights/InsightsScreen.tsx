import { PATTERN_EVENING_HOUR } from "@small-steps/core";
import type { TFunction } from "i18next";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { NotYet } from "./NotYet.tsx";
import { PatternCard } from "./PatternCard.tsx";
import { PatternTable } from "./PatternTable.tsx";
import type { InsightsResult } from "./protocol.ts";
import { RangePicker } from "./RangePicker.tsx";
import { DEFAULT_RANGE, type RangeId } from "./range.ts";
import { usePatterns } from "./usePatterns.ts";
import "./insights.css";

/** "What helps": the person's own patterns, worked out on this device, in plain counts. */
export function InsightsScreen() {
  const { t } = useTranslation("insights");
  usePageTitle(t("title"));
  const [range, setRange] = useState<RangeId>(DEFAULT_RANGE);
  const { result, loading, failed } = usePatterns(range);

  return (
    <section class="stack insights">
      <h1>{t("title")}</h1>
      <div>
        <p>{t("intro")}</p>
        <p class="hint">{t("privacy")}</p>
      </div>
      <RangePicker value={range} onChange={setRange} />
      <p role="status" class="visually-hidden">
        {result && !loading ? statusText(result, t) : ""}
      </p>
      {failed && <p class="error-message">{t("failed")}</p>}
      {result ? <Results result={result} busy={loading} /> : !failed && <p class="hint">{t("loading")}</p>}
    </section>
  );
}

function statusText(result: InsightsResult, t: TFunction): string {
  const range = t(`rangeName.${result.range}`);
  return result.patterns.length > 0
    ? t("status", { count: result.patterns.length, range })
    : t("statusNone", { range });
}

/** Enough to read in one sitting; the rest wait behind a button (and in the table). */
const FIRST_SHOWN = 10;

function Results({ result, busy }: { result: InsightsResult; busy: boolean }) {
  const { t, i18n } = useTranslation("insights");
  const steps = useMemo(() => new Map(result.steps.map((s) => [s.id, s])), [result.steps]);
  const [all, setAll] = useState(false);
  const firstMore = useRef<HTMLLIElement>(null);
  // Showing the rest puts focus on the first of them, where reading goes on.
  const [moveFocus, setMoveFocus] = useState(false);
  useEffect(() => {
    if (moveFocus) firstMore.current?.focus();
    setMoveFocus(false);
  }, [moveFocus]);
  if (result.patterns.length === 0) return <NotYet result={result} />;
  const evening = new Intl.DateTimeFormat(i18n.language, { hour: "numeric" }).format(
    new Date(2000, 0, 1, PATTERN_EVENING_HOUR),
  );
  const shown = all ? result.patterns : result.patterns.slice(0, FIRST_SHOWN);
  const hidden = result.patterns.length - shown.length;
  return (
    <section aria-labelledby="insights-list-heading" aria-busy={busy}>
      <h2 id="insights-list-heading">{t("listHeading", { range: t(`rangeName.${result.range}`) })}</h2>
      <p class="hint">{t(`lensNote.${result.lens}`, { time: evening })}</p>
      <ul class="plain-list insights-list">
        {shown.map((p, i) => (
          <PatternCard
            key={`${p.kind}:${p.key}`}
            pattern={p}
            lens={result.lens}
            steps={steps}
            itemRef={i === FIRST_SHOWN ? firstMore : undefined}
          />
        ))}
      </ul>
      {hidden > 0 && (
        <button
          type="button"
          onClick={() => {
            setAll(true);
            setMoveFocus(true);
          }}
        >
          {t("showMore", { count: hidden })}
        </button>
      )}
      <PatternTable patterns={result.patterns} steps={steps} />
      {result.waiting > 0 && <p class="hint">{t("waiting", { count: result.waiting })}</p>}
    </section>
  );
}
