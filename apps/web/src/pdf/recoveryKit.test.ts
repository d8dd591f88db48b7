import { describe, expect, it } from "vitest";
import { pdfText } from "./pdfText.testing.ts";
import { type RecoveryKitLabels, recoveryKitPdf } from "./recoveryKit.ts";

const labels: RecoveryKitLabels = {
  title: "Small Steps recovery kit",
  username: "Username: robin",
  made: "Made on 4 March 2026",
  codeHeading: "Your recovery code",
  sections: [
    { heading: "What it's for", text: "If you forget your password, this code lets you choose a new one." },
    { heading: "Where to keep it", text: "Somewhere private that you'll remember." },
  ],
  pageOf: (p, n) => `Page ${p} of ${n}`,
  lossy: "Some characters could not be shown in this PDF.",
  language: "en",
};

const flat = (s: string) => s.replace(/\s+/g, " ");

describe("recoveryKitPdf", () => {
  it("holds the username, the date, the code and the instructions", async () => {
    const code = "0A1B 2C3D 4E5F 6G7H 8J9K ABCD EFGH JKMN PQRS TVWX YZ01 2345 6789 ABCD";
    const bytes = await recoveryKitPdf(code, labels);
    expect(Buffer.from(bytes.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    const text = pdfText(bytes);
    for (const expected of [
      labels.title,
      labels.username,
      labels.made,
      labels.codeHeading,
      "Where to keep it",
    ]) {
      expect(text).toContain(expected);
    }
    expect(flat(text)).toContain(code.split(" ").join("   ").replace(/\s+/g, " "));
    expect(text).toContain("Page 1 of 1");
    expect(text).not.toContain(labels.lossy);
  });

  it("wraps a code of 24 words without losing any", async () => {
    const words = Array.from({ length: 24 }, (_, i) => `word${i + 1}`);
    const text = flat(pdfText(await recoveryKitPdf(words.join(" "), labels)));
    expect(text).toContain(words.join(" "));
  });
});
