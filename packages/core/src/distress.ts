import { SOS_TOOLS, type SosSessionRecord, type SosTool } from "./records/sos.ts";

/**
 * What tends to help, from the person's own before/after ratings only. A change is
 * before − after, so a positive number means the distress eased. These are descriptions of
 * the person's own records, never a score of the person and never a claim that a tool caused
 * the change.
 */
export type DistressSession = Pick<
  SosSessionRecord,
  "deleted" | "distressBefore" | "distressAfter" | "tools"
>;

export interface ToolDistress {
  tool: SosTool;
  /** Rated visits in which this tool was opened (a tool opened twice in one visit counts once). */
  rated: number;
  averageChange: number;
}

export interface DistressSummary {
  /** Visits with both a before and an after rating. */
  rated: number;
  averageChange: number;
  /** Only tools used in at least one rated visit, in the order the hub offers them. */
  byTool: ToolDistress[];
}

/** Rounded to one decimal so the screen never shows float noise such as 2.4999999. */
function mean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sum = values.reduce((a, b) => a + b, 0);
  const rounded = Math.round((sum / values.length) * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}

export function distressSummary(sessions: Iterable<DistressSession>): DistressSummary {
  const changes: number[] = [];
  const perTool = new Map<SosTool, number[]>();
  for (const s of sessions) {
    if (s.deleted || s.distressBefore === undefined || s.distressAfter === undefined) continue;
    const change = s.distressBefore - s.distressAfter;
    changes.push(change);
    for (const tool of new Set(s.tools)) {
      const list = perTool.get(tool) ?? [];
      list.push(change);
      perTool.set(tool, list);
    }
  }
  const byTool: ToolDistress[] = [];
  for (const tool of SOS_TOOLS) {
    const list = perTool.get(tool);
    if (list) byTool.push({ tool, rated: list.length, averageChange: mean(list) });
  }
  return { rated: changes.length, averageChange: mean(changes), byTool };
}

/** Fewer than this many rated visits say too little to show anything. */
export const MIN_RATED_FOR_SUMMARY = 2;
