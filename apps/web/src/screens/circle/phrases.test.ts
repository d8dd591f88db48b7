import { describe, expect, it } from "vitest";
import { DEFAULT_PHRASES, type PhraseSet } from "../../circle/model.ts";
import circle from "../../i18n/locales/en/circle.json";
import { cleanPhraseList, firstPhrases, resolvePhrases } from "./phrases.ts";

// The English file stands in for t: "circle:defaults.reach.rough" → its text.
const t = (key: string) => {
  const path = key.replace(/^circle:/, "").split(".");
  let node: unknown = circle;
  for (const part of path) node = (node as Record<string, unknown>)[part];
  return typeof node === "string" ? node : key;
};

const set = (over: Partial<PhraseSet>): PhraseSet => ({
  reach: [],
  answer: [],
  at: "2026-03-01T10:00:00.000Z",
  by: "default",
  ...over,
});

describe("resolvePhrases", () => {
  it("gives the issue's default words while the pair hasn't shaped their own", () => {
    expect(resolvePhrases(set({ reach: ["ignored"] }), t)).toEqual({
      reach: [
        "Rough day. Felt small again.",
        "Can you check in on me?",
        "No need to reply, I just wanted you to know.",
        "Thanks for being there.",
      ],
      answer: [
        "Still here if you want to talk.",
        "That makes sense. I'm glad you told me.",
        "Want a call, or company by text?",
      ],
    });
  });

  it("resolves every default key (none is left as a raw key)", () => {
    for (const key of [...DEFAULT_PHRASES.reach, ...DEFAULT_PHRASES.answer]) expect(t(key)).not.toBe(key);
  });

  it("uses the agreed words as written once either person edits them", () => {
    const mine = set({ by: "them", reach: ["Rough one."], answer: ["Here."] });
    expect(resolvePhrases(mine, t)).toEqual({ reach: ["Rough one."], answer: ["Here."] });
  });

  it("treats a missing set as the defaults", () => {
    expect(resolvePhrases(undefined, t).reach[0]).toBe("Rough day. Felt small again.");
  });
});

describe("firstPhrases and cleanPhraseList", () => {
  it("keeps the SOS choice short", () => {
    expect(firstPhrases(resolvePhrases(null, t), "reach")).toHaveLength(3);
    expect(firstPhrases({ reach: ["a"], answer: [] }, "reach")).toEqual(["a"]);
  });

  it("trims, drops empty lines and keeps at most the limit", () => {
    expect(cleanPhraseList(["  a ", "", "   ", "b", "c"], 2)).toEqual(["a", "b"]);
  });
});

describe("the circle's words", () => {
  it("never raise their voice", () => {
    const strings: string[] = [];
    const walk = (node: unknown) => {
      if (typeof node === "string") strings.push(node);
      else if (node && typeof node === "object") Object.values(node).forEach(walk);
    };
    walk(circle);
    for (const s of strings) expect(s).not.toContain("!");
    // No emoji anywhere, the SOS words included.
    for (const s of strings) expect(s).not.toMatch(/\p{Extended_Pictographic}/u);
  });
});
