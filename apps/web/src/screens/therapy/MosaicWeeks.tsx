import { dayKeyToDate, type MosaicTile } from "@small-steps/core";
import { useMemo } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { dateFormatter } from "../mosaic/describe.ts";
import { TileMarks, tileClass } from "../mosaic/TileGrid.tsx";
import "../mosaic/mosaic.css";

interface Props {
  /** One tile per day on record, in order, ending today; the first may fall on any weekday. */
  tiles: readonly MosaicTile[];
  today: string;
  /** Each tile's words, the same ones the list below the grid uses. */
  labelOf: (tile: MosaicTile) => string;
  label: string;
}

/** A small, read-only Mosaic: whole weeks in rows, each tile named in words. */
export function MosaicWeeks({ tiles, today, labelOf, label }: Props) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const weekdays = useMemo(() => {
    const long = dateFormatter(lang, { weekday: "long" });
    const short = dateFormatter(lang, { weekday: "short" });
    // 2024-01-01 was a Monday; the rows start on Monday.
    return Array.from({ length: 7 }, (_, i) => {
      const d = new Date(2024, 0, 1 + i);
      return { long: long.format(d), short: short.format(d) };
    });
  }, [lang]);

  // Rows start on Monday; the cells before the first tile are empty, not days.
  const lead = tiles[0] ? (dayKeyToDate(tiles[0].day).getDay() + 6) % 7 : 0;
  const cells: (MosaicTile | undefined)[] = [...Array.from({ length: lead }, () => undefined), ...tiles];
  const weeks: (MosaicTile | undefined)[][] = [];
  for (let i = 0; i < cells.length; i += 7) {
    const week = cells.slice(i, i + 7);
    while (week.length < 7) week.push(undefined); // days still to come this week
    weeks.push(week);
  }

  return (
    <div class="mosaic therapy-mosaic">
      <table class="mosaic-grid" aria-label={label}>
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
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((tile, d) =>
                tile ? (
                  <td key={d}>
                    <span role="img" class={tileClass(tile, tile.day === today)} aria-label={labelOf(tile)}>
                      <span class="tile-num" aria-hidden="true">
                        {Number(tile.day.slice(8))}
                      </span>
                      <TileMarks tile={tile} />
                    </span>
                  </td>
                ) : (
                  <td key={d} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
