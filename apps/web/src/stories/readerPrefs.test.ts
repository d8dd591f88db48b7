import { DEFAULT_READER_FILTERS } from "@small-steps/core";
import { beforeEach, describe, expect, it } from "vitest";
import { loadReaderPrefs, READER_PREFS_KEY, saveReaderPrefs } from "./readerPrefs.ts";

/** localStorage for Node, as the browser gives it. */
class MemoryStorage {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, String(value));
  removeItem = (key: string) => void this.items.delete(key);
}
const storage = new MemoryStorage();
Object.assign(globalThis, { localStorage: storage });

describe("reader filters on this device", () => {
  beforeEach(() => storage.items.clear());

  it("start from the calm defaults", () => {
    expect(loadReaderPrefs()).toEqual(DEFAULT_READER_FILTERS);
  });

  it("keep a saved choice under their own key", () => {
    saveReaderPrefs({ ...DEFAULT_READER_FILTERS, grief: "hide", "self-harm": "show" });
    expect(storage.items.has(READER_PREFS_KEY)).toBe(true);
    expect(loadReaderPrefs()).toEqual({ ...DEFAULT_READER_FILTERS, grief: "hide", "self-harm": "show" });
  });

  it("fill a topic missing from an older record with its default and drop unknown ones", () => {
    storage.setItem(READER_PREFS_KEY, JSON.stringify({ abuse: "hide", gardening: "hide" }));
    const prefs = loadReaderPrefs();
    expect(prefs).toEqual({ ...DEFAULT_READER_FILTERS, abuse: "hide" });
    expect(prefs).not.toHaveProperty("gardening");
  });

  it("fall back to the defaults on anything unreadable", () => {
    for (const bad of ["{not json", "null", "[]", '"blur"', JSON.stringify({ abuse: "shout" })]) {
      storage.setItem(READER_PREFS_KEY, bad);
      expect(loadReaderPrefs(), bad).toEqual(DEFAULT_READER_FILTERS);
    }
  });

  it("never hand out the shared defaults object itself", () => {
    const prefs = loadReaderPrefs();
    prefs.abuse = "hide";
    expect(DEFAULT_READER_FILTERS.abuse).toBe("show");
  });
});
