import { describe, expect, it } from "vitest";
import { planImport } from "./importMerge.ts";
import type { GlimmerRecord } from "./records/index.ts";

const glimmer = (id: string, updatedAt: string, deleted = false): GlimmerRecord => ({
  id,
  kind: "glimmer",
  schemaVersion: 1,
  createdAt: "2024-01-01T00:00:00.000Z",
  updatedAt,
  deviceId: "d",
  deleted,
  at: "2024-01-01T00:00:00.000Z",
  day: "2024-01-01",
  text: "a lamp in a window",
});

describe("planImport", () => {
  const existing = new Map([
    ["older-here", { updatedAt: "2024-01-01T00:00:00.000Z" }],
    ["newer-here", { updatedAt: "2024-06-01T00:00:00.000Z" }],
    ["same", { updatedAt: "2024-03-01T00:00:00.000Z" }],
  ]);

  it("adds what is missing, updates what is older here, keeps the rest", () => {
    const incoming = [
      glimmer("new", "2023-01-01T00:00:00.000Z"),
      glimmer("older-here", "2024-02-01T00:00:00.000Z"),
      glimmer("newer-here", "2024-02-01T00:00:00.000Z"),
      glimmer("same", "2024-03-01T00:00:00.000Z"),
    ];
    const plan = planImport(existing, incoming);
    expect(plan.toWrite.map((r) => r.id)).toEqual(["new", "older-here"]);
    expect({ added: plan.added, updated: plan.updated, unchanged: plan.unchanged }).toEqual({
      added: 1,
      updated: 1,
      unchanged: 2,
    });
  });

  it("keeps the local copy on a tie, even written with another offset", () => {
    const plan = planImport(existing, [glimmer("same", "2024-03-01T02:00:00.000+02:00")]);
    expect(plan).toEqual({ toWrite: [], added: 0, updated: 0, unchanged: 1 });
  });

  it("compares instants, not strings", () => {
    // Lexically smaller, but an hour later than the local copy.
    const plan = planImport(existing, [glimmer("same", "2024-03-01T00:00:00.000-01:00")]);
    expect(plan.updated).toBe(1);
  });

  it("carries newer deletes as tombstones, and never lets an old delete win", () => {
    const plan = planImport(existing, [
      glimmer("older-here", "2024-05-01T00:00:00.000Z", true),
      glimmer("newer-here", "2024-05-01T00:00:00.000Z", true),
    ]);
    expect(plan.toWrite).toEqual([glimmer("older-here", "2024-05-01T00:00:00.000Z", true)]);
    expect(plan.unchanged).toBe(1);
  });

  it("writes everything into an empty store", () => {
    const plan = planImport(new Map(), [glimmer("a", "2024-01-01T00:00:00.000Z")]);
    expect(plan).toMatchObject({ added: 1, updated: 0, unchanged: 0 });
  });
});
