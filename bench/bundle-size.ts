/**
 * Initial JS (gzip) per route: the app shell — the tiny entry plus boot.tsx, which the entry
 * imports right after the first paint, each with its static imports — plus the route's lazy
 * chunk with its static imports. Reads Vite's build manifest; run `npm run build` first.
 */
const SHELL = "src/boot.tsx";

import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = resolve(dirname(fileURLToPath(import.meta.url)), "../apps/web/dist");
const BUDGET_KB = 170;

interface Chunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
  css?: string[];
  src?: string;
}

const ROUTES: Record<string, string | null> = {
  "/ (Today)": null,
  "/settings": null,
  "/sos (all SOS)": null,
  "/steps": "src/screens/steps/StepsScreen.tsx",
  "/journal": "src/screens/journal/JournalScreen.tsx",
  "/glimmers": "src/screens/glimmers/GlimmersScreen.tsx",
  "/refrains": "src/screens/refrains/RefrainsScreen.tsx",
  "/mosaic": "src/screens/mosaic/MosaicScreen.tsx",
};

export function bundleSizes(): { route: string; kb: number }[] {
  const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8")) as Record<
    string,
    Chunk
  >;
  const gz = new Map<string, number>();
  const size = (file: string) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(dist, file))).length);
    return gz.get(file) as number;
  };
  const closure = (key: string, into: Set<string>) => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return;
    into.add(chunk.file);
    for (const imp of chunk.imports ?? []) closure(imp, into);
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry) as string;
  return Object.entries(ROUTES).map(([route, lazyKey]) => {
    const files = new Set<string>();
    closure(entryKey, files);
    closure(SHELL, files);
    if (lazyKey) closure(lazyKey, files);
    const bytes = [...files].filter((f) => f.endsWith(".js")).reduce((sum, f) => sum + size(f), 0);
    return { route, kb: Math.round((bytes / 1024) * 10) / 10 };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.info("Initial JS per route (gzip), budget %d KB for the first screen", BUDGET_KB);
  for (const { route, kb } of bundleSizes()) {
    console.info(
      `  ${route.padEnd(14)} ${String(kb).padStart(6)} KB  (${Math.round((kb / BUDGET_KB) * 100)}% of budget)`,
    );
  }
}
