import type { GlimmerRecord } from "@small-steps/core";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";
import { GlimmerCard } from "./GlimmerCard.tsx";

/** Enough to fill a few screens; more load on request, so thousands of glimmers stay quick. */
const PAGE = 30;

interface Props {
  onDelete: (glimmer: GlimmerRecord) => void;
  onUpdated: (message: string) => void;
  /** Lets the screen know whether the jar holds anything, for the empty invitation. */
  onCount?: (hasAny: boolean) => void;
}

export function GlimmerJar({ onDelete, onUpdated, onCount }: Props) {
  const { t } = useTranslation("glimmers");
  const [limit, setLimit] = useState(PAGE);
  const firstNew = useRef<number | null>(null);
  const list = useRef<HTMLUListElement>(null);

  // Newest first by the `at` index; one extra row tells whether there is more to show.
  const rows = useLiveQuery(
    () =>
      db.glimmers
        .orderBy("at")
        .reverse()
        .filter((g) => !g.deleted)
        .limit(limit + 1)
        .toArray(),
    [limit],
  );

  const shown = rows?.slice(0, limit) ?? [];
  const hasMore = (rows?.length ?? 0) > limit;

  useEffect(() => {
    if (rows) onCount?.(rows.length > 0);
  }, [rows, onCount]);

  // After "Show more", focus the first newly shown note so keyboard users carry on reading.
  useEffect(() => {
    const index = firstNew.current;
    if (index === null || !rows || shown.length <= index) return;
    firstNew.current = null;
    (list.current?.children[index] as HTMLElement | undefined)?.focus();
  });

  if (rows === undefined) return null;

  return (
    <section class="stack" aria-labelledby="jar-heading">
      <h2 id="jar-heading" tabIndex={-1}>
        {t("jar.heading")}
      </h2>
      {shown.length === 0 ? (
        <div class="card jar-empty">
          <p>
            <strong>{t("jar.emptyTitle")}</strong>
          </p>
          <p>{t("jar.empty")}</p>
        </div>
      ) : (
        <ul class="jar" ref={list}>
          {shown.map((g) => (
            <GlimmerCard key={g.id} glimmer={g} onDelete={onDelete} onUpdated={onUpdated} />
          ))}
        </ul>
      )}
      {hasMore && (
        <div class="row">
          <button
            type="button"
            onClick={() => {
              firstNew.current = shown.length;
              setLimit((n) => n + PAGE);
            }}
          >
            {t("jar.more")}
          </button>
        </div>
      )}
    </section>
  );
}
