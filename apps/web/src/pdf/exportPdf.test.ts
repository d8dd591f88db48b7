import type { ReadableSection } from "@small-steps/core";
import { describe, expect, it } from "vitest";
import { type ExportPdfLabels, exportPdf } from "./exportPdf.ts";
import { pdfText } from "./pdfText.testing.ts";

const labels: ExportPdfLabels = {
  title: "My notes",
  meta: ["Made on 12 March 2026", "All days"],
  formatDay: (day) => `Day ${day}`,
  formatTime: () => "9:05",
  pageOf: (p, n) => `Page ${p} of ${n}`,
  lossy: "Some characters could not be shown.",
  language: "en",
};

describe("exportPdf", () => {
  it("draws sections, days, times, words and details, and runs onto more pages", async () => {
    const sections: ReadableSection[] = [
      {
        group: "journal",
        heading: "Journal",
        dated: true,
        entries: Array.from({ length: 40 }, (_, i) => ({
          kind: "journal" as const,
          day: `2026-03-${String((i % 28) + 1).padStart(2, "0")}`,
          at: "2026-03-04T09:05:00.000Z",
          text: `Entry ${i + 1}. ${"A slow walk when the light is soft. ".repeat(4)}\n\nA second paragraph.`,
          details: [{ field: "tags" as const, label: "Tags", value: "walks" }],
        })),
      },
      {
        group: "safetyPlan",
        heading: "Safety plan",
        dated: false,
        entries: [
          {
            kind: "safetyPlan",
            day: "2026-01-01",
            text: "",
            details: [{ field: "reasonsForLiving", label: "My reasons for living", value: "Pepper, my cat" }],
          },
        ],
      },
    ];
    const bytes = await exportPdf(sections, labels);
    expect(Buffer.from(bytes.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    const text = pdfText(bytes);
    for (const words of [
      "My notes",
      "All days",
      "Journal",
      "Day 2026-03-01",
      "9:05",
      "Entry 40.",
      "A second paragraph.",
    ]) {
      expect(text).toContain(words);
    }
    expect(text).toContain("My reasons for living: Pepper, my cat");
    expect(text).not.toContain("Day 2026-01-01");
    expect(text).toMatch(/Page 4 of \d/);
    for (const line of text.split("\n")) expect(line.length).toBeLessThan(120);
    expect(text).not.toContain(labels.lossy);
  });
});
