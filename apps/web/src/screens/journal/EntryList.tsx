import { type CheckinRecord, hasTag, type JournalRecord } from "@small-steps/core";
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { entriesWithTag, onSearchChange } from "../../search/searchClient.ts";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";
import { EntryCard } from "./EntryCard.tsx";
import { longDay, relativeDay } from "./format.ts";

/** Entries shown at a time: enough to read back through, few enough that 20,000 stay fast. */
export const PAGE = 50;

interface Props {
  day?: string | undefined;
  tag?: string | undefined;
  onDelete: (entry: JournalRecord) => void;
}

const isLive = (r: JournalRecord | undefined): r is JournalRecord => r !== undefined && !r.deleted;

/** Ids for a tag come from the search worker, which keeps every entry's tags in memory. */
function useTagIds(tag: string | undefined): string[] | undefined {
  const [ids, setIds] = useState<string[] | undefined>(undefined);
  useEffect(() => {
    if (tag === undefined) return;
    let current = true;
    const load = () =>
      void entriesWithTag(tag).then((found) => {
        if (current) setIds(found);
      });
    setIds(undefined);
    load();
    const off = onSearchChange(load);
    return () => {
      current = false;
      off();
    };
  }, [tag]);
  return ids;
}

/**
 * Reads one page more than it shows, so it knows whether "Show earlier entries" is needed,
 * and never more than the person has asked to see.
 */
function usePage(
  day: string | undefined,
  tag: string | undefined,
  tagIds: string[] | undefined,
  limit: number,
) {
  return useLiveQuery(async (): Promise<JournalRecord[] | undefined> => {
    if (tag !== undefined) {
      if (!tagIds) return undefined;
      const found = await db.journal.bulkGet(tagIds.slice(0, limit + 1));
      return found.filter((r): r is JournalRecord => isLive(r) && hasTag(r.tags, tag));
    }
    if (day !== undefined) {
      const found = await db.journal.where("day").equals(day).toArray();
      return found
        .filter((r) => !r.deleted)
        .sort((a, b) => b.at.localeCompare(a.at))
        .slice(0, limit + 1);
    }
    return db.journal
      .orderBy("at")
      .reverse()
      .filter((r) => !r.deleted)
      .limit(limit + 1)
      .toArray();
  }, [day, tag, tagIds, limit]);
}

function groupByDay(entries: JournalRecord[]): Array<[string, JournalRecord[]]> {
  const groups: Array<[string, JournalRecord[]]> = [];
  for (const e of entries) {
    const last = groups[groups.length - 1];
    if (last && last[0] === e.day) last[1].push(e);
    else groups.push([e.day, [e]]);
  }
  return groups;
}

export function EntryList({ day, tag, onDelete }: Props) {
  const { t, i18n } = useTranslation("journal");
  const [limit, setLimit] = useState(PAGE);
  const focusFrom = useRef<number | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => setLimit(PAGE), [day, tag]);
  const tagIds = useTagIds(tag);
  const page = usePage(day, tag, tagIds, limit);
  const shown = useMemo(() => page?.slice(0, limit), [page, limit]);
  const more = page !== undefined && page.length > limit;

  const checkinIds = useMemo(
    () => [...new Set((shown ?? []).flatMap((e) => (e.checkinId ? [e.checkinId] : [])))],
    [shown],
  );
  const checkins = useLiveQuery(async () => {
    const found = await db.checkins.bulkGet(checkinIds);
    return new Map(found.filter((c): c is CheckinRecord => c !== undefined).map((c) => [c.id, c]));
  }, [checkinIds]);

  // After "Show earlier entries", focus moves to the first newly shown entry, so keyboard and
  // screen-reader users carry on reading from there instead of starting again at the top.
  useLayoutEffect(() => {
    if (focusFrom.current === null || !shown || shown.length <= focusFrom.current) return;
    const next = shown[focusFrom.current];
    focusFrom.current = null;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-entry-id="${next?.id}"]`);
    if (el) {
      el.tabIndex = -1;
      el.focus();
    }
  }, [shown]);

  const lang = i18n.language;
  let heading = t("list.heading");
  if (tag !== undefined) heading = t("list.tagHeading", { tag });
  else if (day !== undefined) heading = t("list.dayHeading", { date: longDay(day, lang) });

  return (
    <section class="stack journal-list" aria-labelledby="journal-list-heading">
      <div class="list-heading">
        <h2 id="journal-list-heading" tabIndex={-1}>
          {heading}
        </h2>
        {(tag !== undefined || day !== undefined) && <a href="/journal">{t("list.showAll")}</a>}
      </div>
      {shown === undefined ? (
        <p class="hint">{t("list.loading")}</p>
      ) : shown.length === 0 ? (
        <div class="empty-state">
          {tag !== undefined ? (
            <p>{t("list.tagEmpty")}</p>
          ) : day !== undefined ? (
            <p>{t("list.dayEmpty")}</p>
          ) : (
            <p>
              <strong>{t("list.emptyTitle")}</strong> {t("list.empty")}
            </p>
          )}
        </div>
      ) : (
        <div class="stack" ref={listRef}>
          {groupByDay(shown).map(([key, entries]) => {
            const rel = relativeDay(key);
            return (
              <section key={key} class="day-group stack" aria-labelledby={`day-${key}`}>
                <h3 id={`day-${key}`}>
                  {rel ? `${t(`list.${rel}`)} · ${longDay(key, lang)}` : longDay(key, lang)}
                </h3>
                {entries.map((entry) => (
                  <EntryCard
                    key={entry.id}
                    entry={entry}
                    checkin={entry.checkinId ? checkins?.get(entry.checkinId) : undefined}
                    onDelete={onDelete}
                  />
                ))}
              </section>
            );
          })}
        </div>
      )}
      {more && (
        <div class="row">
          <button
            type="button"
            onClick={() => {
              focusFrom.current = limit;
              setLimit((l) => l + PAGE);
            }}
          >
            {t("list.showEarlier")}
          </button>
        </div>
      )}
    </section>
  );
}
