import { localClock, type ReadableSection } from "./readable.ts";

/**
 * The CSV export's columns, one row per entry, documented in docs/data-format.md. The header
 * names and the `kind` values are fixed English ids, so a spreadsheet filter or a script keeps
 * working whatever language the app speaks; the words in the cells are the person's language.
 */
export const CSV_COLUMNS = ["kind", "date", "time", "text", "details", "tags"] as const;

/**
 * Rows for the CSV export: the header, then every entry. Quoting is left to the caller's CSV
 * writer (the web uses papaparse's unparse), so core stays a pure records → cells mapping.
 */
export function toCsvRows(sections: readonly ReadableSection[]): string[][] {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const section of sections) {
    for (const entry of section.entries) {
      const tags = entry.details.find((d) => d.field === "tags")?.value ?? "";
      const details = entry.details
        .filter((d) => d.field !== "tags")
        .map((d) => `${d.label}: ${d.value}`)
        .join("; ");
      rows.push([entry.kind, entry.day, entry.at ? localClock(entry.at) : "", entry.text, details, tags]);
    }
  }
  return rows;
}
