import { emptyPlanSections, SAFETY_PLAN_SECTIONS } from "@small-steps/core";
import { describe, expect, it } from "vitest";
import { pdfText } from "./pdfText.testing.ts";
import { type SafetyPlanPdfLabels, safetyPlanPdf } from "./safetyPlanPdf.ts";

const labels: SafetyPlanPdfLabels = {
  title: "My safety plan",
  made: "Made on 21 November 2026",
  sections: Object.fromEntries(
    SAFETY_PLAN_SECTIONS.map((s) => [s, `Heading ${s}`]),
  ) as SafetyPlanPdfLabels["sections"],
  phone: (n) => `Phone: ${n}`,
  empty: "Nothing written here yet.",
  pageOf: (p, n) => `Page ${p} of ${n}`,
  lossy: "Some characters could not be shown in this PDF.",
  language: "en",
};

describe("safetyPlanPdf", () => {
  it("makes a PDF holding the plan's words, phones included", async () => {
    const plan = emptyPlanSections();
    plan.warningSigns = [{ text: "I stop answering messages" }];
    plan.helpers = [{ text: "Sam, my neighbour", phone: "07700 900123" }];
    plan.reasonsForLiving = [{ text: "Pepper, my cat" }];
    const bytes = await safetyPlanPdf(plan, labels);
    expect(Buffer.from(bytes.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    const text = pdfText(bytes);
    for (const words of [
      "My safety plan",
      "Made on 21 November 2026",
      "Heading warningSigns",
      "I stop answering messages",
      "Sam, my neighbour",
      "Phone: 07700 900123",
      "Pepper, my cat",
      "Nothing written here yet.",
      "Page 1 of 1",
    ]) {
      expect(text).toContain(words);
    }
    expect(text).not.toContain(labels.lossy);
  });

  it("wraps long lines and runs onto more pages", async () => {
    const plan = emptyPlanSections();
    plan.copingStrategies = Array.from({ length: 30 }, (_, i) => ({
      text: `Step ${i + 1}: ${"a slow walk around the block when the light is soft ".repeat(3)}`,
    }));
    plan.distractions = [{ text: "x".repeat(300) }];
    const text = pdfText(await safetyPlanPdf(plan, labels));
    expect(text).toMatch(/Page 3 of \d/);
    expect(text).toContain("Step 30:");
    for (const line of text.split("\n")) expect(line.length).toBeLessThan(120);
  });

  it("replaces characters the font cannot draw, and says so", async () => {
    const plan = emptyPlanSections();
    plan.reasonsForLiving = [{ text: "Мама 🙂 and the sea → always" }];
    const text = pdfText(await safetyPlanPdf(plan, labels));
    expect(text).toContain("???? ? and the sea -> always");
    expect(text).toContain(labels.lossy);
  });
});
