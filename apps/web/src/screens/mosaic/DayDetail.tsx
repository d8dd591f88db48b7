import {
  addDays,
  buildMosaic,
  type CheckinRecord,
  type GlimmerRecord,
  type JournalRecord,
  recordStart,
  type StepLogRecord,
  type StepRecord,
} from "@small-steps/core";
import { useTranslation } from "react-i18next";
import { lastActiveDayBefore } from "../../store/activity.ts";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";
import { dateFormatter, tileSummary } from "./describe.ts";
import { periodOfDay, periodUrl, todayKey, type View } from "./period.ts";
import { loadFirstRecordDay, recordTables } from "./recordStart.ts";

interface DayData {
  checkins: CheckinRecord[];
  logs: { log: StepLogRecord; step: StepRecord | undefined }[];
  glimmers: GlimmerRecord[];
  entries: JournalRecord[];
  previousActiveDay: string | undefined;
  /** The first day on record: there is no "previous day" before it. */
  start: string;
}

const live = <T extends { deleted: boolean; at: string }>(rows: T[]) =>
  rows.filter((r) => !r.deleted).sort((a, b) => a.at.localeCompare(b.at));

async function loadDay(day: string, today: string): Promise<DayData> {
  const tables = [
    ...new Set([db.checkins, db.stepLogs, db.glimmers, db.journal, db.steps, ...recordTables()]),
  ];
  return db.transaction("r", tables, async () => {
    const [checkins, logs, glimmers, entries] = await Promise.all([
      db.checkins.where("day").equals(day).toArray(),
      db.stepLogs.where("day").equals(day).toArray(),
      db.glimmers.where("day").equals(day).toArray(),
      db.journal.where("day").equals(day).toArray(),
    ]);
    const liveLogs = live(logs);
    const steps = await db.steps.bulkGet([...new Set(liveLogs.map((l) => l.stepId))]);
    const stepById = new Map(steps.filter((s) => s !== undefined).map((s) => [s.id, s]));
    const previousActiveDay = await lastActiveDayBefore(day);
    return {
      checkins: live(checkins),
      logs: liveLogs.map((log) => ({ log, step: stepById.get(log.stepId) })),
      glimmers: live(glimmers),
      entries: live(entries),
      previousActiveDay,
      start: recordStart(await loadFirstRecordDay(), today),
    };
  });
}

interface Props {
  day: string;
  view: View;
}

/** One day, opened from its tile: what was noted, in the order it happened. */
export function DayDetail({ day, view }: Props) {
  const { t, i18n } = useTranslation("mosaic");
  const lang = i18n.language;
  const today = todayKey();
  const data = useLiveQuery(() => loadDay(day, today), [day, today]);
  const longDate = dateFormatter(lang, { weekday: "long", day: "numeric", month: "long", year: "numeric" });
  const time = dateFormatter(lang, { hour: "numeric", minute: "2-digit" });
  const heading = longDate.format(new Date(`${day}T12:00:00`));
  const say = (key: string, options?: Record<string, unknown>) => t(key, options ?? {}) as string;
  const suffix = view === "year" ? "?view=year" : "";
  const previous = addDays(day, -1);
  const next = addDays(day, 1);

  const tile = data
    ? buildMosaic(
        [...data.checkins, ...data.logs.map((l) => l.log), ...data.glimmers, ...data.entries],
        day,
        day,
        { previousActiveDay: data.previousActiveDay },
      )[0]
    : undefined;

  const stepName = (step: StepRecord | undefined) =>
    step?.title ?? (step?.libraryKey ? t(`library:${step.libraryKey}`) : t("day.unknownStep"));

  return (
    <section class="stack mosaic-day">
      <p>
        <a href={periodUrl(periodOfDay(day, view), day)}>{t("day.back")}</a>
      </p>
      <h1>{heading}</h1>
      <nav class="row" aria-label={t("day.nearby")}>
        {data && previous >= data.start && (
          <a class="button" href={`/mosaic/day/${previous}${suffix}`}>
            {t("day.previous")}
          </a>
        )}
        {next <= today && (
          <a class="button" href={`/mosaic/day/${next}${suffix}`}>
            {t("day.next")}
          </a>
        )}
      </nav>

      {data && tile && (
        <>
          {tile.isReturn && <p class="mosaic-returns">{t("day.returnNote")}</p>}
          {tile.tone === "empty" ? (
            <p class="card">{t("day.quiet")}</p>
          ) : (
            <p class="hint">{tileSummary(say, tile, false)}</p>
          )}

          {data.checkins.length > 0 && (
            <section class="card stack" aria-labelledby="day-checkins">
              <h2 id="day-checkins">{t("day.checkins")}</h2>
              <ul class="plain-list day-list">
                {data.checkins.map((c) => (
                  <li key={c.id}>
                    <p>
                      <strong>{time.format(new Date(c.at))}</strong>
                      {" · "}
                      {c.place ? t("day.place", { place: t(`places.${c.place}`) }) : t("day.noPlace")}
                    </p>
                    {c.feelings.length > 0 && (
                      <p>
                        {t("day.feelings", {
                          list: c.feelings
                            .map((f) =>
                              f.intensity === undefined
                                ? t("day.feelingNotRated", { name: t(`feelings.${f.id}`) })
                                : t("day.feeling", { name: t(`feelings.${f.id}`), intensity: f.intensity }),
                            )
                            .join(", "),
                        })}
                      </p>
                    )}
                    {c.note && <p class="day-text">{t("day.note", { note: c.note })}</p>}
                  </li>
                ))}
              </ul>
            </section>
          )}

          {data.logs.length > 0 && (
            <section class="card stack" aria-labelledby="day-steps">
              <h2 id="day-steps">{t("day.steps")}</h2>
              <ul class="plain-list day-list">
                {data.logs.map(({ log, step }) => (
                  <li key={log.id}>
                    <strong>{time.format(new Date(log.at))}</strong> · {stepName(step)}
                  </li>
                ))}
              </ul>
            </section>
          )}

          {data.glimmers.length > 0 && (
            <section class="card stack" aria-labelledby="day-glimmers">
              <h2 id="day-glimmers">{t("day.glimmers")}</h2>
              <ul class="plain-list day-list">
                {data.glimmers.map((g) => (
                  <li key={g.id} class="day-text">
                    {g.text}
                  </li>
                ))}
              </ul>
            </section>
          )}

          {data.entries.length > 0 && (
            <section class="card stack" aria-labelledby="day-journal">
              <h2 id="day-journal">{t("day.journal")}</h2>
              <ul class="plain-list day-list">
                {data.entries.map((e) => (
                  <li key={e.id}>
                    <strong>{time.format(new Date(e.at))}</strong> ·{" "}
                    <span class="day-text">{e.text.trim() ? excerpt(e.text) : t("day.sketch")}</span>
                  </li>
                ))}
              </ul>
              <p>
                <a href={`/journal?day=${day}`}>{t("day.openJournal")}</a>
              </p>
            </section>
          )}
        </>
      )}
    </section>
  );
}

function excerpt(text: string): string {
  const flat = text.trim().replace(/\s+/g, " ");
  return flat.length > 160 ? `${flat.slice(0, 157)}…` : flat;
}
