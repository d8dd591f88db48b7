import { describe, expect, it } from "vitest";
import { endsAt, messageTime } from "./when.ts";

// Hour padding varies between ICU versions, so "0?" accepts both.
const now = new Date(2026, 2, 4, 12, 0);

describe("messageTime", () => {
  it("only the time today", () => {
    expect(messageTime(new Date(2026, 2, 4, 9, 30).toISOString(), "en-GB", now)).toMatch(/^0?9:30$/);
  });
  it("the day and time this year, and the year before that", () => {
    expect(messageTime(new Date(2026, 2, 1, 9, 30).toISOString(), "en-GB", now)).toMatch(
      /^1 March(,| at) 0?9:30$/,
    );
    expect(messageTime(new Date(2025, 11, 31, 9, 30).toISOString(), "en-GB", now)).toMatch(
      /^31 December 2025(,| at) 0?9:30$/,
    );
  });
});

describe("endsAt", () => {
  it("names the day and the hour", () => {
    expect(endsAt(new Date(2026, 2, 6, 14, 30).toISOString(), "en-GB", now)).toMatch(
      /^Friday,? 6 March(,| at) 14:30$/,
    );
  });
});
