import { afterEach } from "vitest";
import type { DatabaseKind } from "../db/database.ts";
import { type CircleTestApp, startCircleTestApp } from "./testCircleApp.ts";

/**
 * Test-only, called inside a describe: `start()` gives the running test its own circle app on a
 * database of `kind`, closed and deleted after that test whether it passed or not.
 */
export function circleAppPerTest(kind: DatabaseKind): {
  start: (options?: Parameters<typeof startCircleTestApp>[1]) => Promise<CircleTestApp>;
} {
  let current: CircleTestApp | undefined;
  afterEach(async () => {
    await current?.cleanup();
    current = undefined;
  });
  return {
    start: async (options) => {
      current = await startCircleTestApp(kind, options);
      return current;
    },
  };
}
