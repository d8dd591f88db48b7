import { describe, expect, it } from "vitest";
import { filterRecords } from "../exportFilters.ts";
import { sampleStore, WORDS } from "./fixtures.testing.ts";
import { escapeMarkdown, toMarkdown } from "./markdown.ts";
import { toReadable } from "./readable.ts";

const options = {
  title: "My notes",
  meta: ["Made on 12 March 2026"],
  formatDay: (day: string) => `Day ${day}`,
  formatTime: () => "9:00",
};

describe("toMarkdown", () => {
  const store = sampleStore();
  const md = toMarkdown(
    toReadable(
      filterRecords(store, { kinds: ["journal", "checkin", "safetyPlan"], from: "2026-03-01" }),
      WORDS,
      store,
    ),
    options,
  );

  it("has a title, a heading per kind and per day, and the entries' words and details", () => {
    expect(md).toContain("# My notes\n\nMade on 12 March 2026\n");
    expect(md).toContain(
      "## Checkins\n\n### Day 2026-03-04\n\n**9:00**\n\nA slow morning.\n\n- Field place: Steady\n",
    );
    expect(md).toContain("## Journal\n");
    expect(md).toContain("### Day 2026-03-06\n\n**9:00**\n\nWork again\n\n- Field tags: work\n");
    expect(md.endsWith("\n")).toBe(true);
    expect(md).not.toContain("\n\n\n");
  });

  it("keeps the person's line breaks and never turns their words into structure", () => {
    expect(md).toContain("\\# Not a heading  \nSecond line\n\nNew paragraph");
    expect(md).not.toMatch(/^# Not/m);
  });

  it("shows the safety plan without a day heading", () => {
    expect(md).toMatch(/## SafetyPlan\n\n- Section warningSigns: I stop answering messages\n/);
  });
});

describe("escapeMarkdown", () => {
  it("escapes what would become headings, lists, quotes, code, emphasis, links or HTML", () => {
    expect(escapeMarkdown("## title")).toBe("\\## title");
    expect(escapeMarkdown("- item")).toBe("\\- item");
    expect(escapeMarkdown("1. first")).toBe("1\\. first");
    expect(escapeMarkdown("> quote")).toBe("\\> quote");
    expect(escapeMarkdown("a *b* [c](d) <script> `e` _f_")).toBe(
      "a \\*b\\* \\[c\\](d) \\<script\\> \\`e\\` \\_f\\_",
    );
    expect(escapeMarkdown("plain words, #hashtag")).toBe("plain words, #hashtag");
  });
});
