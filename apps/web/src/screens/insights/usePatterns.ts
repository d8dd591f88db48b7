import { localDayKey } from "@small-steps/core";
import { useEffect, useRef, useState } from "preact/hooks";
import { onPatternsChanged, requestPatterns } from "./patternsClient.ts";
import type { InsightsResult } from "./protocol.ts";
import type { RangeId } from "./range.ts";

export interface PatternsState {
  /** The latest result; while another range loads, the previous one stays in place. */
  result: InsightsResult | undefined;
  loading: boolean;
  failed: boolean;
}

export function usePatterns(range: RangeId): PatternsState {
  const [state, setState] = useState<PatternsState>({ result: undefined, loading: true, failed: false });
  const latest = useRef(0);
  // A write anywhere (this tab, another, an import, sync) asks for the patterns again.
  const [refresh, setRefresh] = useState(0);
  useEffect(() => onPatternsChanged(() => setRefresh((n) => n + 1)), []);

  // `refresh` is not read inside: changing it is the reason to ask again.
  useEffect(() => {
    const req = ++latest.current;
    setState((s) => ({ ...s, loading: true, failed: false }));
    requestPatterns(range, localDayKey(new Date())).then(
      (result) => {
        if (req === latest.current) setState({ result, loading: false, failed: false });
      },
      (err) => {
        console.error("insights: could not work out patterns", err);
        if (req === latest.current) setState((s) => ({ ...s, loading: false, failed: true }));
      },
    );
  }, [range, refresh]);

  return state;
}
