import { describe, expect, it } from "vitest";
import { ChallengeStore } from "./challenges.ts";

describe("ChallengeStore", () => {
  it("gives a value back once", () => {
    const store = new ChallengeStore<string>(1000, 10, () => 0);
    store.put("a", "one");
    expect(store.take("a")).toBe("one");
    expect(store.take("a")).toBeUndefined();
    expect(store.take("never")).toBeUndefined();
  });

  it("forgets a value once its time has passed", () => {
    let time = 0;
    const store = new ChallengeStore<string>(1000, 10, () => time);
    store.put("a", "one");
    time = 999;
    store.put("b", "two");
    expect(store.take("a")).toBe("one");
    time = 2000;
    expect(store.take("b")).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it("a new value under the same key replaces the old one", () => {
    const store = new ChallengeStore<string>(1000, 10, () => 0);
    store.put("session", "first");
    store.put("session", "second");
    expect(store.take("session")).toBe("second");
  });

  it("never holds more than its cap: expired entries go first, then the oldest", () => {
    let time = 0;
    const store = new ChallengeStore<number>(100, 3, () => time);
    store.put("old", 0);
    time = 50;
    store.put("b", 1);
    store.put("c", 2);
    time = 120; // "old" has expired, "b" and "c" have not
    store.put("d", 3);
    expect(store.size).toBe(3);
    store.put("e", 4);
    expect(store.size).toBe(3);
    expect(store.take("b")).toBeUndefined();
    expect([store.take("c"), store.take("d"), store.take("e")]).toEqual([2, 3, 4]);
  });
});
