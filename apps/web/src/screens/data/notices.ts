import { type ImportFailureDetails, MAX_IMPORT_SIZE } from "@small-steps/core";
import type { TFunction } from "i18next";
import type { ImportResult } from "../../store/exportImport.ts";
import type { Timed } from "../../ui/statusTiming.ts";

/** What the status line under "Your data" says; errors get the neutral error style, never red. */
export interface Notice extends Timed {
  text: string;
  hint?: string;
}

type Failure = Extract<ImportResult, { ok: false }> | { reason: "tooLarge"; details?: ImportFailureDetails };

/** One kind, specific sentence per reason; each ends by saying that nothing was changed. */
export function describeFailure(
  t: TFunction<"data">,
  failure: Failure,
  fmt: (n: number) => string,
  language: string,
): Notice {
  switch (failure.reason) {
    case "tooLarge":
      return {
        error: true,
        text: t("errors.tooLarge", { limit: `${fmt(Math.round(MAX_IMPORT_SIZE / 1024 / 1024))} MB` }),
      };
    case "invalidRecords": {
      const count = failure.details?.count ?? 0;
      const indices = failure.details?.indices ?? [];
      // People count from one; the file's array counts from zero.
      const positions = new Intl.ListFormat(language).format(indices.map((i) => fmt(i + 1)));
      return {
        error: true,
        text: t("errors.invalidRecords"),
        ...(count > 0 && positions
          ? { hint: t("errors.invalidRecordsHint", { count, n: fmt(count), positions }) }
          : {}),
      };
    }
    default:
      return { error: true, text: t(`errors.${failure.reason}`) };
  }
}
