import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { webBuildReason } from "./web-build.mjs";

let root: string;

function touch(relativePath: string, secondsAgo: number): void {
  const file = join(root, relativePath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, "x");
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(file, when, when);
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("webBuildReason", () => {
  it("asks for a build when there is none", () => {
    root = mkdtempSync(join(tmpdir(), "small-steps-build-"));
    touch("apps/web/src/main.tsx", 60);
    expect(webBuildReason(root)).toBe("the web app has not been built yet");
  });

  it("is satisfied when the build is newer than every source", () => {
    root = mkdtempSync(join(tmpdir(), "small-steps-build-"));
    touch("apps/web/src/app/App.tsx", 60);
    touch("packages/core/src/time.ts", 60);
    touch("apps/web/dist/index.html", 10);
    expect(webBuildReason(root)).toBeUndefined();
  });

  it.each([
    "apps/web/src/app/App.tsx",
    "packages/core/src/time.ts",
    "apps/web/vite.config.ts",
    "apps/web/public/icon.svg",
  ])("rebuilds when %s changed after the build", (source) => {
    root = mkdtempSync(join(tmpdir(), "small-steps-build-"));
    touch("apps/web/dist/index.html", 60);
    touch(source, 10);
    expect(webBuildReason(root)).toMatch(/changed since the last build$/);
  });

  it("ignores test files, which are not part of the app", () => {
    root = mkdtempSync(join(tmpdir(), "small-steps-build-"));
    touch("apps/web/dist/index.html", 60);
    touch("packages/core/src/time.test.ts", 10);
    expect(webBuildReason(root)).toBeUndefined();
  });
});
