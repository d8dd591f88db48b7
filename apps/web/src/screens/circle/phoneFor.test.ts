import { describe, expect, it } from "vitest";
import { names, phoneFor } from "./phoneFor.ts";

describe("names", () => {
  it("matches the same name, whatever the case and spaces", () => {
    expect(names(" sam ", "Sam")).toBe(true);
  });
  it("matches a name followed by more words", () => {
    expect(names("Sam (my sister)", "Sam")).toBe(true);
    expect(names("Sam, neighbour", "sam")).toBe(true);
  });
  it("never matches a longer name that merely starts the same", () => {
    expect(names("Samira", "Sam")).toBe(false);
  });
  it("never matches an empty name", () => {
    expect(names("Sam", " ")).toBe(false);
  });
});

describe("phoneFor", () => {
  const contacts = [
    { name: "Alex", phone: "0700 000 001" },
    { name: "Sam", phone: "" },
    { name: "Sam Lee", phone: "0700 000 002" },
  ];
  const helpers = [{ name: "Robin (friend)", phone: "0700 000 003" }];

  it("finds a trusted contact's number by name, skipping entries without one", () => {
    expect(phoneFor(["Sam"], contacts, helpers)).toBe("0700 000 002");
  });
  it("looks in the safety plan's helpers next, by the name or my own label", () => {
    expect(phoneFor([null, "Robin"], contacts, helpers)).toBe("0700 000 003");
  });
  it("gives nothing when no number is written for them", () => {
    expect(phoneFor(["Kim"], contacts, helpers)).toBeUndefined();
    expect(phoneFor([null, ""], contacts, helpers)).toBeUndefined();
  });
});
