import { FEELINGS, NEEDS, PLACES, SENSES, STEP_LIBRARY } from "@small-steps/core";
import { describe, expect, it } from "vitest";
import { lazyResources } from "./lazyResources.ts";
import { resources } from "./resources.ts";

const en = resources.en;

/** Every word a record can name must have its English words, or a screen shows a raw key. */
describe("English locale files", () => {
  it("name every library step", () => {
    for (const step of STEP_LIBRARY) expect(en.library, step.key).toHaveProperty(step.key);
  });

  it("name every feeling, need and place on Today, and every sense on Glimmers", () => {
    const today = en.today;
    for (const f of FEELINGS) expect(today.feeling, f).toHaveProperty(f);
    for (const n of NEEDS) expect(JSON.stringify(today), n).toContain(`"${n}"`);
    for (const p of PLACES) expect(JSON.stringify(today), p).toContain(`"${p}"`);
    for (const s of SENSES) expect(JSON.stringify(en.glimmers), s).toContain(`"${s}"`);
  });

  it("hold no exclamation marks or streak talk anywhere", () => {
    const all = JSON.stringify([resources, lazyResources]);
    expect(all).not.toMatch(/streak|you missed|missed \d/i);
    expect(all).not.toContain("!");
  });
});
