import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

// What the built app is made from. A change in any of these makes apps/web/dist stale.
export const webSources = [
  "apps/web/src",
  "apps/web/index.html",
  "apps/web/vite.config.ts",
  "apps/web/public",
  "packages/core/src",
];

function isTestFile(name) {
  return /\.test\.[cm]?[jt]sx?$/.test(name);
}

/** The newest modification time (ms) under path, or 0 if it does not exist. Tests do not count. */
export function newestMtime(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === "node_modules" || (entry.isFile() && isTestFile(entry.name))) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

/**
 * Why the web app must be built before starting, or undefined when apps/web/dist is up to date.
 * @param {string} root the repository root
 * @returns {string | undefined}
 */
export function webBuildReason(root) {
  const builtAt = newestMtime(join(root, "apps/web/dist/index.html"));
  if (builtAt === 0) return "the web app has not been built yet";
  const changed = webSources.find((source) => newestMtime(join(root, source)) > builtAt);
  return changed ? `${changed} changed since the last build` : undefined;
}
