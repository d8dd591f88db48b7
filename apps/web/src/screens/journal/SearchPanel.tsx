import type { JournalRecord } from "@small-steps/core";
import type { TFunction } from "i18next";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import {
  onSearchChange,
  type SearchResult,
  type SearchStatus,
  searchJournal,
  searchStatus,
  warmUpSearch,
} from "../../search/searchClient.ts";
import { findMatches, makeSnippet, queryTerms, type Segment, segmentsOf } from "../../search/snippet.ts";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";
import { tagHref } from "./EntryCard.tsx";
import { longDay, shortDay, timeOf } from "./format.ts";

const DEBOUNCE_MS = 120;
const RESULTS_PAGE = 50;

interface Props {
  query: string;
  onQuery: (query: string) => void;
}

function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}

/** Search box and, while there is a query, its results (the entry list steps aside meanwhile). */
export function SearchPanel({ query, onQuery }: Props) {
  const { t } = useTranslation("journal");
  const [result, setResult] = useState<(SearchResult & { query: string }) | null>(null);
  const [status, setStatus] = useState<SearchStatus>(searchStatus);
  const [version, setVersion] = useState(0);

  useEffect(
    () =>
      onSearchChange(() => {
        setStatus(searchStatus());
        setVersion((v) => v + 1);
      }),
    [],
  );

  const q = query.trim();
  const lastQuery = useRef("");
  const [limit, setLimit] = useState(RESULTS_PAGE);
  useEffect(() => setLimit(RESULTS_PAGE), [q]);
  useEffect(() => {
    if (!q) {
      lastQuery.current = "";
      setResult(null);
      return;
    }
    let current = true;
    // Typing is debounced; a change in the index (a save, or progress while it is first built)
    // refreshes the results at once, or a steady stream of progress would hold them back.
    const delay = q === lastQuery.current ? 0 : DEBOUNCE_MS;
    const timer = setTimeout(() => {
      lastQuery.current = q;
      void searchJournal(q, limit).then((r) => {
        if (current) setResult({ ...r, query: q });
      });
    }, delay);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q, version, limit]);

  return (
    <div class="stack journal-search">
      <search aria-label={t("search.heading")}>
        <div class="field">
          <label for="journal-search">{t("search.label")}</label>
          <input
            id="journal-search"
            type="search"
            autocomplete="off"
            enterKeyHint="search"
            value={query}
            aria-describedby="journal-search-hint"
            aria-controls="journal-search-results"
            onFocus={warmUpSearch}
            onInput={(e) => onQuery(e.currentTarget.value)}
          />
          <p id="journal-search-hint" class="hint">
            {t("search.hint")}
          </p>
        </div>
      </search>
      {status.state === "unavailable" && q && <p class="hint">{t("search.unavailable")}</p>}
      {status.state === "building" && q && (
        <p class="hint">{t("search.building", { done: status.done ?? 0, total: status.total ?? 0 })}</p>
      )}
      {/* Always present, so screen readers hear each new summary as the person types. */}
      <p id="journal-results-summary" class="results-summary" role="status" aria-live="polite">
        {q && result ? summary(result, t) : ""}
      </p>
      <div id="journal-search-results">{q && result && <Results result={result} />}</div>
      {q && result && result.total > result.ids.length && (
        <div class="row">
          <button type="button" onClick={() => setLimit((l) => l + RESULTS_PAGE)}>
            {t("search.more")}
          </button>
        </div>
      )}
    </div>
  );
}

function summary(result: SearchResult, t: TFunction<"journal">): string {
  if (result.total === 0) return t("search.none");
  const count = t("search.results", { count: result.total });
  return result.total > result.ids.length
    ? `${count} ${t("search.showingNewest", { shown: result.ids.length })}`
    : count;
}

function Results({ result }: { result: SearchResult & { query: string } }) {
  const { t, i18n } = useTranslation("journal");
  const lang = i18n.language;
  const terms = useMemo(() => queryTerms(result.query), [result.query]);
  const found = useLiveQuery(async () => {
    const rows = await db.journal.bulkGet(result.ids);
    return rows.filter((r): r is JournalRecord => r !== undefined && !r.deleted);
  }, [result]);
  const shown = found ?? [];

  return (
    <section class="stack" aria-labelledby="journal-results-summary">
      {shown.length > 0 && (
        <ol class="search-results">
          {shown.map((entry) => {
            const snippet = makeSnippet(entry.text, terms);
            return (
              <li key={entry.id} class="card search-result" data-testid="search-result">
                <a class="result-link" href={`/journal/${entry.id}`}>
                  {longDay(entry.day, lang)}, {timeOf(entry.at, lang)}
                </a>
                {entry.prompt && (
                  <p class="entry-prompt">
                    <span class="visually-hidden">{t("search.promptLine")} </span>
                    <Marked segments={segmentsOf(entry.prompt, findMatches(entry.prompt, terms))} />
                  </p>
                )}
                {entry.text && (
                  <p class="snippet">
                    {snippet.clippedStart && "… "}
                    <Marked segments={snippet.segments} />
                    {snippet.clippedEnd && " …"}
                  </p>
                )}
                {entry.sketch && (
                  <img
                    class="result-sketch"
                    src={entry.sketch.dataUrl}
                    alt={t("sketch.alt", { date: shortDay(entry.day, lang) })}
                    width={entry.sketch.width}
                    height={entry.sketch.height}
                    loading="lazy"
                  />
                )}
                {entry.tags.length > 0 && (
                  <p class="tag-line">
                    <span class="visually-hidden">{t("search.tagsLine")} </span>
                    {entry.tags.map((tag) => (
                      <a key={tag} class="tag" href={tagHref(tag)} aria-label={t("list.tagLink", { tag })}>
                        <Marked segments={segmentsOf(tag, findMatches(tag, terms))} />
                      </a>
                    ))}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
