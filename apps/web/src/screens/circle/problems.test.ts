import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import type { CircleProblem } from "../../circle/engine.ts";
import circle from "../../i18n/locales/en/circle.json";
import { problemText } from "./problems.ts";

// Every kind the engine can answer with; the type check fails here if a new one is added.
const KINDS = {
  offline: true,
  noAccount: true,
  signedOut: true,
  needsPassword: true,
  wrongPassword: true,
  rateLimited: true,
  codeNotValid: true,
  ownCode: true,
  tooManyInvites: true,
  notConnected: true,
  keyChanged: true,
  failed: true,
} satisfies Record<CircleProblem["kind"], true>;

// A stand-in t that reads the English files and fills {{values}}.
const t = ((key: string, values?: Record<string, unknown>) => {
  const [ns, path = ""] = key.includes(":") ? key.split(":") : ["circle", key];
  if (ns === "account") return `${values?.count ?? ""} ${path}`;
  let node: unknown = circle;
  for (const part of path.split(".")) node = (node as Record<string, unknown>)?.[part];
  if (typeof node !== "string") throw new Error(`missing ${key}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, k) => String(values?.[k] ?? ""));
}) as unknown as TFunction;

describe("problemText", () => {
  it("has calm words for every problem", () => {
    for (const kind of Object.keys(KINDS) as CircleProblem["kind"][]) {
      const p = kind === "rateLimited" ? { kind, retryAfterSeconds: 120 } : ({ kind } as CircleProblem);
      const text = problemText(t, p);
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toContain("!");
    }
  });

  it("says how long to wait when the server said, and 'soon' when it didn't", () => {
    expect(problemText(t, { kind: "rateLimited", retryAfterSeconds: 120 })).toContain("time.minutes");
    expect(problemText(t, { kind: "rateLimited", retryAfterSeconds: null })).toContain("try again soon");
  });

  it("never says which of wrong, used, expired or blocked a code was (CR4)", () => {
    expect(problemText(t, { kind: "codeNotValid" })).toBe(circle.problems.codeNotValid);
  });
});
