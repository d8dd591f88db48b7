import {
  type JournalRecord,
  latestTryBeforeNext,
  localDayKey,
  type MeasureTrend,
  type MosaicTile,
  openNotes,
  recentWeeks,
} from "@small-steps/core";
import { useMemo, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { downloadPdf } from "../../pdf/safetyPlanPdf.ts";
import { type SessionSummaryPdfLabels, sessionSummaryPdf } from "../../pdf/sessionSummaryPdf.ts";
import { fullDate, longDay, shortDay, timeOf } from "../../ui/dates.ts";
import { dateFormatter, tileLabel } from "../mosaic/describe.ts";
import { useMosaicTiles } from "../mosaic/useMosaicTiles.ts";
import { useMarkedEntries, useMeasureTrends, useTherapyNotes, useTherapySessions } from "./data.ts";
import { MosaicWeeks } from "./MosaicWeeks.tsx";
import { entryPreview, PREVIEW_CHARS } from "./preview.ts";
import { buildSummary, type PrepareData } from "./summary.ts";

export const SUMMARY_FILENAME = "my-session-summary.pdf";

/** Everything gathered for a session in one calm view; the PDF holds only what is chosen here. */
export function PrepareScreen() {
  const { t, i18n } = useTranslation("therapy");
  const { t: tm } = useTranslation("mosaic");
  const lang = i18n.language;
  usePageTitle(t("prepare.title"));

  const today = useMemo(() => localDayKey(new Date()), []);
  const range = useMemo(() => recentWeeks(today), [today]);
  // Only days on record: a day before the person began is not a line handed to a therapist.
  const tiles = useMosaicTiles(range.from, range.to, today)?.tiles;
  const notes = useTherapyNotes();
  const sessions = useTherapySessions();
  const entries = useMarkedEntries();
  const trends = useMeasureTrends();

  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(new Set());
  const [withMosaic, setWithMosaic] = useState(true);
  const [withMeasures, setWithMeasures] = useState(true);
  const [status, setStatusState] = useState({ text: "", n: 0 });
  const announce = (text: string) => setStatusState((s) => ({ text, n: s.n + 1 }));
  const making = useRef(false);

  if (!tiles || !notes || !sessions || !entries || !trends) {
    return (
      <section class="stack therapy">
        <h1>{t("prepare.title")}</h1>
        <p class="hint">{t("prepare.loading")}</p>
      </section>
    );
  }

  const data: PrepareData = {
    tryNext: latestTryBeforeNext(sessions),
    notes: openNotes(notes),
    entries,
    tiles,
    trends,
  };

  const dayName = dateFormatter(lang, { weekday: "long", month: "long", day: "numeric" });
  const say = (key: string, options?: Record<string, unknown>) => tm(key, options ?? {}) as string;
  const tileWords = (tile: MosaicTile) =>
    tileLabel(say, tile, dayName.format(new Date(`${tile.day}T12:00:00`)), tile.day === today);
  const entryWhen = (e: JournalRecord) =>
    t("entries.when", { date: longDay(e.day, lang), time: timeOf(e.at, lang) });
  const measureWords = (m: MeasureTrend) => {
    const line = t("prepare.measureLine", {
      name: t(`measureNames.${m.measure}`),
      total: m.latest.total,
      max: m.max,
      date: shortDay(m.latest.day, lang),
    });
    if (m.earlier.length === 0) return line;
    const list = m.earlier
      .map((p) => t("prepare.earlierItem", { total: p.total, date: shortDay(p.day, lang) }))
      .join(t("prepare.listSeparator"));
    return `${line}. ${t("prepare.earlier", { list })}`;
  };

  function toggleEntry(id: string, included: boolean) {
    setLeftOut((prev) => {
      const next = new Set(prev);
      if (included) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  /** The first day of the record when it falls inside the four weeks, else undefined. */
  const recordBegan = tiles[0] && tiles[0].day > range.from ? tiles[0].day : undefined;

  async function savePdf() {
    if (making.current) return;
    making.current = true;
    announce(t("prepare.making"));
    const summary = buildSummary(
      data,
      { leftOut, mosaic: withMosaic, measures: withMeasures },
      {
        tryFrom: (s) => t("pdf.tryNextFrom", { date: fullDate(new Date(`${s.day}T12:00:00`), lang) }),
        entryWhen,
        entryText: (e) => {
          const words = e.text.trim() || t("entries.sketchInPdf");
          return e.prompt ? `${e.prompt}\n${words}` : words;
        },
        tile: tileWords,
        measure: measureWords,
      },
    );
    const labels: SessionSummaryPdfLabels = {
      title: t("pdf.title"),
      made: t("pdf.made", { date: fullDate(new Date(), lang) }),
      headings: {
        tryNext: t("pdf.headings.tryNext"),
        notes: t("pdf.headings.notes"),
        entries: t("pdf.headings.entries"),
        // Named for what it holds: four weeks, or the days since the record began (issue 13).
        mosaic: recordBegan
          ? t("pdf.headings.mosaicSince", { date: longDay(recordBegan, lang) })
          : t("pdf.headings.mosaic"),
        measures: t("pdf.headings.measures"),
      },
      measuresNote: t("prepare.measuresNote"),
      nothing: t("pdf.nothing"),
      pageOf: (page, pages) => t("pdf.pageOf", { page, pages }),
      lossy: t("pdf.lossy"),
      language: lang,
    };
    try {
      downloadPdf(await sessionSummaryPdf(summary, labels), SUMMARY_FILENAME);
      announce(t("prepare.ready"));
    } catch (err) {
      console.error(err);
      announce(t("prepare.failed"));
    } finally {
      making.current = false;
    }
  }

  return (
    <section class="stack therapy prepare">
      <p>
        <a href="/therapy">{t("prepare.back")}</a>
      </p>
      <h1>{t("prepare.title")}</h1>
      <p>{t("prepare.intro")}</p>

      {data.tryNext?.tryBeforeNext && (
        <section class="card stack try-next" aria-labelledby="prep-try-heading">
          <h2 id="prep-try-heading">{t("prepare.tryNext")}</h2>
          <p class="therapy-text try-next-text">{data.tryNext.tryBeforeNext}</p>
          <p class="hint">{t("tryNext.from", { date: longDay(data.tryNext.day, lang) })}</p>
        </section>
      )}

      <section class="card stack" aria-labelledby="prep-notes-heading">
        <h2 id="prep-notes-heading">{t("prepare.notes")}</h2>
        {data.notes.length === 0 ? (
          <p class="hint">{t("prepare.notesEmpty")}</p>
        ) : (
          <ul class="prep-notes">
            {data.notes.map((n) => (
              <li key={n.id} class="therapy-text">
                {n.text}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="card stack" aria-labelledby="prep-entries-heading">
        <h2 id="prep-entries-heading">{t("prepare.entries")}</h2>
        {entries.length === 0 ? (
          <p class="hint">{t("prepare.entriesEmpty")}</p>
        ) : (
          <>
            <p class="hint" id="prep-entries-hint">
              {t("prepare.entriesHint")}
            </p>
            <ul class="plain-list">
              {entries.map((e) => {
                const preview = entryPreview(e);
                const when = entryWhen(e);
                return (
                  <li key={e.id} class="prep-entry" data-testid="prepare-entry">
                    <p class="hint">
                      <time dateTime={e.at}>{when}</time>
                    </p>
                    <label class="include-entry">
                      <input
                        type="checkbox"
                        checked={!leftOut.has(e.id)}
                        onChange={(ev) => toggleEntry(e.id, ev.currentTarget.checked)}
                      />
                      <span class="therapy-text">
                        {preview || (
                          <>
                            {t("entries.sketchOnly")}
                            <span class="visually-hidden"> {t("prepare.readEntryFrom", { when })}</span>
                          </>
                        )}
                      </span>
                    </label>
                    {(e.sketch || e.text.trim().length > PREVIEW_CHARS) && (
                      <p>
                        <a href={`/journal?entry=${e.id}`}>
                          {t("prepare.readEntry")}
                          <span class="visually-hidden"> {t("prepare.readEntryFrom", { when })}</span>
                        </a>
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      <section class="card stack" aria-labelledby="prep-mosaic-heading">
        <h2 id="prep-mosaic-heading">{t("prepare.mosaic")}</h2>
        <p class="hint">{t("prepare.mosaicHint")}</p>
        {recordBegan && <p class="hint">{t("prepare.mosaicSince", { date: longDay(recordBegan, lang) })}</p>}
        <MosaicWeeks tiles={tiles} today={today} labelOf={tileWords} label={t("prepare.mosaicLabel")} />
        <details class="therapy-details">
          <summary>{t("prepare.inWords")}</summary>
          <ul class="prep-days">
            {tiles.map((tile) => (
              <li key={tile.day}>{tileWords(tile)}</li>
            ))}
          </ul>
        </details>
        <label class="choice">
          <input
            type="checkbox"
            checked={withMosaic}
            onChange={(e) => setWithMosaic(e.currentTarget.checked)}
          />
          {t("prepare.includeMosaic")}
        </label>
      </section>

      {trends.length > 0 && (
        <section class="card stack" aria-labelledby="prep-measures-heading">
          <h2 id="prep-measures-heading">{t("prepare.measures")}</h2>
          <ul class="prep-measures">
            {trends.map((m) => (
              <li key={m.measure}>{measureWords(m)}</li>
            ))}
          </ul>
          <p class="hint">{t("prepare.measuresNote")}</p>
          <label class="choice">
            <input
              type="checkbox"
              checked={withMeasures}
              onChange={(e) => setWithMeasures(e.currentTarget.checked)}
            />
            {t("prepare.includeMeasures")}
          </label>
        </section>
      )}

      <div class="stack">
        <div class="row">
          <button type="button" class="primary" onClick={() => void savePdf()}>
            {t("prepare.savePdf")}
          </button>
        </div>
        <p role="status" class="hint">
          <span key={status.n}>{status.text}</span>
        </p>
      </div>
    </section>
  );
}
