import { describeTile, type MosaicTile, type TilePart } from "@small-steps/core";

type Translate = (key: string, options?: Record<string, unknown>) => string;

function partText(t: Translate, part: TilePart): string {
  switch (part.kind) {
    case "return":
      return t("tile.return");
    case "checkins": {
      const checkins = t("tile.checkins", { count: part.count });
      if (!part.place || !part.share) return checkins;
      const place = t(`places.${part.place}`);
      if (part.share === "mixed") {
        return t("tile.placeMixed", { checkins, place, also: t(`places.${part.also}`) });
      }
      return t(part.share === "all" ? "tile.placeAll" : "tile.placeMost", { checkins, place });
    }
    default:
      return t(`tile.${part.kind}`, { count: part.count });
  }
}

/**
 * A tile's spoken name, e.g. "Tuesday, March 4: 2 check-ins, mostly steady; 3 small steps".
 * Days without data are "a quiet day": absence is never flagged.
 */
export function tileLabel(t: Translate, tile: MosaicTile, dateText: string, isToday: boolean): string {
  const date = isToday ? t("tile.today", { date: dateText }) : dateText;
  const summary = tileSummary(t, tile);
  return summary ? t("tile.withParts", { date, parts: summary }) : t("tile.quiet", { date });
}

/** What a day holds, without its date ("2 check-ins, mostly steady; 1 glimmer"); "" when quiet. */
export function tileSummary(t: Translate, tile: MosaicTile, withReturn = true): string {
  return describeTile(tile)
    .parts.filter((p) => withReturn || p.kind !== "return")
    .map((p) => partText(t, p))
    .join(t("tile.separator"));
}

export { dateFormatter } from "../../ui/dates.ts";
