import type {
  JournalRecord,
  MeasureTrend,
  MosaicTile,
  TherapyNoteRecord,
  TherapySessionRecord,
} from "@small-steps/core";
import type { SessionSummary } from "../../pdf/sessionSummaryPdf.ts";

/** Everything the prepare view gathered, before the person chooses. */
export interface PrepareData {
  tryNext?: TherapySessionRecord | undefined;
  /** Open notes, in the order they are shown. */
  notes: readonly TherapyNoteRecord[];
  /** Entries marked for therapy, in the order they are shown. */
  entries: readonly JournalRecord[];
  tiles: readonly MosaicTile[];
  trends: readonly MeasureTrend[];
}

/** What the person chose in the prepare view. */
export interface PrepareChoices {
  /** Entries unticked: they stay out of the PDF. */
  leftOut: ReadonlySet<string>;
  mosaic: boolean;
  measures: boolean;
}

/** How each thing reads in words, supplied by the screen (so this file knows no language). */
export interface SummaryWords {
  tryFrom: (session: TherapySessionRecord) => string;
  entryWhen: (entry: JournalRecord) => string;
  entryText: (entry: JournalRecord) => string;
  tile: (tile: MosaicTile) => string;
  measure: (trend: MeasureTrend) => string;
}

/**
 * The summary the PDF is drawn from: exactly what the prepare view shows and the person
 * chose, nothing more. Unticked entries never reach the PDF builder at all.
 */
export function buildSummary(
  data: PrepareData,
  choices: PrepareChoices,
  words: SummaryWords,
): SessionSummary {
  const tryText = data.tryNext?.tryBeforeNext?.trim();
  return {
    tryNext: data.tryNext && tryText ? { when: words.tryFrom(data.tryNext), text: tryText } : undefined,
    notes: data.notes.map((n) => n.text),
    entries: data.entries
      .filter((e) => !choices.leftOut.has(e.id))
      .map((e) => ({ when: words.entryWhen(e), text: words.entryText(e) })),
    mosaicDays: choices.mosaic ? data.tiles.map(words.tile) : [],
    measures: choices.measures ? data.trends.map(words.measure) : [],
  };
}
