import { addDays, daysBetween, type MosaicTile, startOfWeek } from "@small-steps/core";
import { useEffect, useMemo, useRef } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { dateFormatter, tileLabel } from "./describe.ts";
import { earlierDay, laterDay, type Period } from "./period.ts";

interface Props {
  period: Period;
  /** One tile per day of the period on record, in order; days before the first have none. */
  tiles: MosaicTile[];
  /** The first day on record: days before it are not drawn, named or reachable. */
  start: string;
  today: string;
  /** The one tile in the tab order (roving tabindex). */
  active: string;
  onActiveChange: (day: string) => void;
  onOpen: (day: string) => void;
  /** Move focus to the active tile once it is drawn (e.g. coming back from a day). */
  focusActive: boolean;
  onFocused: () => void;
}

const MAX_DOTS = 3;

/** Plain elements and two handlers for the whole view, so a year of tiles draws quickly. */
// Keys are positions, not dates: moving to another month or year reuses the same elements
// and only changes their attributes, which keeps a year view quick to redraw.
export function TileGrid({
  period,
  tiles,
  start,
  today,
  active,
  onActiveChange,
  onOpen,
  focusActive,
  onFocused,
}: Props) {
  const { t, i18n } = useTranslation("mosaic");
  const lang = i18n.language;
  const root = useRef<HTMLDivElement>(null);
  const last = earlierDay(today, period.to);
  const first = laterDay(start, period.from);
  const firstTile = tiles[0]?.day;

  useEffect(() => {
    if (!focusActive) return;
    root.current?.querySelector<HTMLElement>(`[data-day="${active}"]`)?.focus();
    onFocused();
  }, [active, focusActive, onFocused]);

  // In a year, the months before the person began are not drawn at all.
  const months = useMemo(() => monthStarts(period).filter((m) => m >= first.slice(0, 7)), [period, first]);
  const weekdays = useMemo(() => {
    const long = dateFormatter(lang, { weekday: "long" });
    const short = dateFormatter(lang, { weekday: "short" });
    // 2024-01-01 was a Monday; the grid's weeks start on Monday.
    return Array.from({ length: 7 }, (_, i) => {
      const d = new Date(2024, 0, 1 + i);
      return { long: long.format(d), short: short.format(d) };
    });
  }, [lang]);

  const dayName = dateFormatter(lang, { weekday: "long", month: "long", day: "numeric" });
  const monthName = dateFormatter(lang, {
    month: "long",
    ...(period.view === "month" ? { year: "numeric" } : {}),
  });
  const say = (key: string, options?: Record<string, unknown>) => t(key, options ?? {}) as string;

  function onKeyDown(e: KeyboardEvent) {
    const day = (e.target as HTMLElement).closest<HTMLElement>("[data-day]")?.dataset.day;
    if (!day) return;
    let next: string | undefined;
    if (e.key === "ArrowRight") next = addDays(day, 1);
    else if (e.key === "ArrowLeft") next = addDays(day, -1);
    else if (e.key === "ArrowDown") next = addDays(day, 7);
    else if (e.key === "ArrowUp") next = addDays(day, -7);
    else if (e.key === "Home") next = e.ctrlKey ? first : startOfWeek(day);
    else if (e.key === "End") next = e.ctrlKey ? last : addDays(startOfWeek(day), 6);
    if (!next) return;
    e.preventDefault();
    if (next < first) next = first;
    if (next > last) next = last;
    if (next === day) return;
    // Focus moves at once, so quick key presses each start from the right tile.
    root.current?.querySelector<HTMLElement>(`[data-day="${next}"]`)?.focus();
    onActiveChange(next);
  }

  function onClick(e: MouseEvent) {
    const day = (e.target as HTMLElement).closest<HTMLElement>("[data-day]")?.dataset.day;
    if (day) onOpen(day);
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: delegation; each tile is a real button.
    <div ref={root} class={`mosaic-months view-${period.view}`} onKeyDown={onKeyDown} onClick={onClick}>
      {months.map((monthStart, monthIndex) => {
        const headingId = `mosaic-month-${monthStart}`;
        const monthLabel = monthName.format(new Date(`${monthStart}T12:00:00`));
        return (
          <section
            key={monthIndex}
            class="mosaic-month"
            aria-labelledby={period.view === "year" ? headingId : undefined}
          >
            {period.view === "year" && <h3 id={headingId}>{monthLabel}</h3>}
            <table
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a grid tells screen readers that arrow keys move between days.
              role="grid"
              class="mosaic-grid"
              aria-describedby="mosaic-grid-hint"
              aria-label={period.view === "month" ? monthLabel : undefined}
              aria-labelledby={period.view === "year" ? headingId : undefined}
            >
              <thead>
                <tr>
                  {weekdays.map((w) => (
                    <th key={w.long} scope="col" class="mosaic-weekday">
                      <span aria-hidden="true">{w.short}</span>
                      <span class="visually-hidden">{w.long}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {weeksOf(monthStart, first).map((week, weekIndex) => (
                  <tr key={weekIndex}>
                    {week.map((day, weekday) => {
                      // Outside the month, or before the person began: an empty cell, not a day.
                      if (!day.startsWith(monthStart.slice(0, 7)) || day < first) return <td key={weekday} />;
                      const tile =
                        firstTile && day >= firstTile ? tiles[daysBetween(firstTile, day)] : undefined;
                      if (!tile || day > today) {
                        return (
                          <td key={weekday}>
                            <span class="tile future" aria-hidden="true">
                              <span class="tile-num">{Number(day.slice(8))}</span>
                            </span>
                          </td>
                        );
                      }
                      const isToday = day === today;
                      const label = tileLabel(
                        say,
                        tile,
                        dayName.format(new Date(`${day}T12:00:00`)),
                        isToday,
                      );
                      return (
                        <td key={weekday}>
                          <button
                            type="button"
                            class={tileClass(tile, isToday)}
                            data-day={day}
                            tabIndex={day === active ? 0 : -1}
                            aria-label={label}
                            aria-current={isToday ? "date" : undefined}
                          >
                            <span class="tile-num" aria-hidden="true">
                              {Number(day.slice(8))}
                            </span>
                            <TileMarks tile={tile} />
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}

export function TileMarks({ tile }: { tile: MosaicTile }) {
  const dots = Math.min(tile.steps, MAX_DOTS);
  return (
    <>
      {dots > 0 && (
        <span class="tile-marks" aria-hidden="true">
          {Array.from({ length: dots }, (_, i) => (
            <span key={i} class="mark-dot" />
          ))}
        </span>
      )}
      {tile.glimmers > 0 && <span class="mark-star" aria-hidden="true" />}
      {tile.entries > 0 && <span class="mark-line" aria-hidden="true" />}
    </>
  );
}

export function tileClass(tile: MosaicTile, isToday: boolean): string {
  let c = `tile tone-${tile.tone}`;
  if (tile.tone === "mixed") c += ` a-${tile.mostly} b-${tile.also}`;
  if (tile.isReturn) c += " is-return";
  if (isToday) c += " is-today";
  return c;
}

/** First day of each month in the period. */
function monthStarts(p: Period): string[] {
  if (p.view === "month") return [p.from];
  return Array.from({ length: 12 }, (_, i) => `${p.key}-${String(i + 1).padStart(2, "0")}-01`);
}

/**
 * Monday-first weeks covering the month of `first`, each seven day keys long; weeks that end
 * before `start` (the first day on record) are left out, so no empty rows stand for them.
 */
function weeksOf(first: string, start: string): string[][] {
  const month = first.slice(0, 7);
  const weeks: string[][] = [];
  for (
    let monday = startOfWeek(first);
    monday.startsWith(month) || monday < first;
    monday = addDays(monday, 7)
  ) {
    const week = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
    if (week[6]! >= start) weeks.push(week);
  }
  return weeks;
}
