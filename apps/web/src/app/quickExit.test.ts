import { describe, expect, it } from "vitest";
import { ESCAPE_WINDOW_MS, tripleEscape } from "./quickExit.ts";

const key = (k: string) => ({ key: k }) as KeyboardEvent;

describe("Escape three times", () => {
  it("leaves on the third Escape within the window", () => {
    let t = 0;
    let exits = 0;
    const onKey = tripleEscape(
      () => exits++,
      () => t,
    );
    onKey(key("Escape"));
    t += 300;
    onKey(key("Escape"));
    expect(exits).toBe(0);
    t += 300;
    onKey(key("Escape"));
    expect(exits).toBe(1);
  });

  it("does not leave for slow or interrupted presses", () => {
    let t = 0;
    let exits = 0;
    const onKey = tripleEscape(
      () => exits++,
      () => t,
    );
    onKey(key("Escape"));
    t += ESCAPE_WINDOW_MS;
    onKey(key("Escape"));
    t += 100;
    onKey(key("a"));
    onKey(key("Escape"));
    expect(exits).toBe(0);
    t += ESCAPE_WINDOW_MS * 2;
    onKey(key("Escape"));
    onKey(key("Escape"));
    expect(exits).toBe(0);
  });
});
