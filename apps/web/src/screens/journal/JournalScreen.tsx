import type { CheckinRecord, JournalRecord } from "@small-steps/core";
import type { ComponentChildren } from "preact";
import { useCallback, useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../app/usePageTitle.ts";
import { indexEntry, unindexEntry, warmUpSearch } from "../../search/searchClient.ts";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";
import { deleteRecord, restoreRecord } from "../../store/records.ts";
import { UndoToast } from "../../ui/UndoToast.tsx";
import { useUndo } from "../../ui/useUndo.ts";
import { EntryCard } from "./EntryCard.tsx";
import { EntryList } from "./EntryList.tsx";
import { longDay, parseDayParam } from "./format.ts";
import { SearchPanel } from "./SearchPanel.tsx";
import { WriteCard } from "./WriteCard.tsx";
import "./journal.css";

const WARM_UP_AFTER_MS = 1500;

/**
 * /journal            write, search, and the entries, newest first
 * /journal/new        the same, with the text box focused
 * /journal/<id>       one entry (also /journal?entry=<id>)
 * /journal?day=…      the entries of one day (the Mosaic links here)
 * /journal?tag=…      the entries carrying a tag
 */
export function JournalScreen() {
  const { t } = useTranslation("journal");
  usePageTitle(t("title"));
  const { path, query, route } = useLocation();
  const { pending, offer, dismiss } = useUndo();
  const [search, setSearch] = useState("");

  const sub = decodeURIComponent(path.replace(/^\/journal\/?/, "").split("/")[0] ?? "");
  const entryId = query.entry || (sub && sub !== "new" ? sub : undefined);
  const day = parseDayParam(query.day);
  const tag = query.tag?.trim() || undefined;

  useEffect(() => {
    // The index loads once the entries are on screen: with years of entries its snapshot is
    // megabytes, and reading it must not hold up the first paint. Focusing search starts it at once.
    const timer = setTimeout(() => {
      if ("requestIdleCallback" in window) requestIdleCallback(() => warmUpSearch(), { timeout: 2000 });
      else warmUpSearch();
    }, WARM_UP_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);

  const onDelete = useCallback(
    async (entry: JournalRecord) => {
      await deleteRecord("journal", entry.id);
      unindexEntry(entry.id);
      if (entryId) route("/journal");
      // The card is gone; focus goes to the list's heading rather than being lost.
      else document.getElementById("journal-list-heading")?.focus();
      offer({
        message: t("list.deleted"),
        undo: async () => {
          await restoreRecord("journal", entry.id);
          const restored = await db.journal.get(entry.id);
          if (restored) indexEntry(restored);
        },
      });
    },
    [entryId, route, offer, t],
  );

  let body: ComponentChildren;
  if (entryId) body = <EntryView id={entryId} onDelete={onDelete} />;
  else if (day !== undefined || tag !== undefined)
    body = <EntryList day={day} tag={tag} onDelete={onDelete} />;
  else
    body = (
      <>
        <p class="hint">{t("intro")}</p>
        <WriteCard autoFocus={sub === "new"} />
        <SearchPanel query={search} onQuery={setSearch} />
        {!search.trim() && <EntryList onDelete={onDelete} />}
      </>
    );

  return (
    <div class="stack journal">
      <h1>{t("title")}</h1>
      {body}
      {pending && (
        <UndoToast message={pending.message} onUndo={() => void pending.undo()} onDismiss={dismiss} />
      )}
    </div>
  );
}

function EntryView({ id, onDelete }: { id: string; onDelete: (e: JournalRecord) => void }) {
  const { t, i18n } = useTranslation("journal");
  const entry = useLiveQuery(async () => (await db.journal.get(id)) ?? null, [id]);
  const checkin = useLiveQuery(
    async (): Promise<CheckinRecord | null> =>
      entry?.checkinId ? ((await db.checkins.get(entry.checkinId)) ?? null) : null,
    [entry?.checkinId],
  );
  if (entry === undefined) return <p class="hint">{t("list.loading")}</p>;
  return (
    <section class="stack" aria-labelledby="journal-entry-heading">
      <p>
        <a href="/journal">{t("entry.back")}</a>
      </p>
      {entry === null || entry.deleted ? (
        <p id="journal-entry-heading">{t("entry.missing")}</p>
      ) : (
        <>
          <h2 id="journal-entry-heading">
            {t("entry.heading", { date: longDay(entry.day, i18n.language) })}
          </h2>
          <EntryCard entry={entry} checkin={checkin ?? undefined} full onDelete={onDelete} />
        </>
      )}
    </section>
  );
}
