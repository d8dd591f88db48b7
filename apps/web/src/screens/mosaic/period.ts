import { localDayKey } from "@small-steps/core";

export type View = "month" | "year";

export interface Period {
  view: View;
  /** "YYYY-MM" for a month, "YYYY" for a year. */
  key: string;
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function monthPeriod(year: number, month: number): Period {
  // Normalise overflow (month 13 → January next year) through Date.
  const first = new Date(year, month - 1, 1);
  const y = first.getFullYear();
  const m = first.getMonth() + 1;
  const last = new Date(y, m, 0).getDate();
  return {
    view: "month",
    key: `${y}-${pad(m)}`,
    from: `${y}-${pad(m)}-01`,
    to: `${y}-${pad(m)}-${pad(last)}`,
  };
}

export function yearPeriod(year: number): Period {
  return { view: "year", key: String(year), from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The period a URL asks for (?month=YYYY-MM or ?view=year&year=YYYY); this month otherwise. */
export function periodFromQuery(query: Record<string, string | undefined>, today: string): Period {
  const [ty, tm] = today.split("-").map(Number) as [number, number];
  if (query.view === "year") {
    const y = /^\d{4}$/.test(query.year ?? "") ? Number(query.year) : ty;
    return yearPeriod(y);
  }
  const match = /^(\d{4})-(\d{2})$/.exec(query.month ?? "");
  if (match && Number(match[2]) >= 1 && Number(match[2]) <= 12) {
    return monthPeriod(Number(match[1]), Number(match[2]));
  }
  return monthPeriod(ty, tm);
}

export function shiftPeriod(p: Period, by: number): Period {
  const [y, m] = p.key.split("-").map(Number) as [number, number];
  return p.view === "year" ? yearPeriod(y + by) : monthPeriod(y, m + by);
}

export function periodUrl(p: Period, day?: string): string {
  const q = p.view === "year" ? `view=year&year=${p.key}` : `month=${p.key}`;
  return `/mosaic?${q}${day ? `&day=${day}` : ""}`;
}

export function periodOfDay(day: string, view: View): Period {
  const [y, m] = day.split("-").map(Number) as [number, number];
  return view === "year" ? yearPeriod(y) : monthPeriod(y, m);
}

export const todayKey = () => localDayKey(new Date());

/** The earlier of two day keys ("YYYY-MM-DD" compares as text; Math.min would not work). */
export function earlierDay(a: string, b: string): string {
  return b < a ? b : a;
}

/** The later of two day keys. */
export function laterDay(a: string, b: string): string {
  return b > a ? b : a;
}
