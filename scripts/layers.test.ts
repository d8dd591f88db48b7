/**
 * Layers point one way: core ← crypto ← sync ← apps. An app never imports another app;
 * packages never import apps; core does no IO. This test reads every source file's imports
 * so a wrong-way import fails CI, not a code review.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const RANK: Record<string, number> = { core: 0, crypto: 1, sync: 2 };
/** What core may import from outside itself: validation only, no IO, no DOM, no framework. */
const CORE_ALLOWED = new Set(["zod"]);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist") continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mts)$/.test(name)) out.push(path);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs: string[] = [];
  for (const m of text.matchAll(
    /(?:import|export)[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
  )) {
    specs.push((m[1] ?? m[2]) as string);
  }
  return specs;
}

/** Which layer a file or import target belongs to: "core", "crypto", "sync", or "app:<name>". */
function layerOfPath(path: string): string | undefined {
  const rel = relative(root, path).split("\\").join("/");
  const pkg = /^packages\/([^/]+)\//.exec(rel);
  if (pkg) return pkg[1];
  const app = /^apps\/([^/]+)\//.exec(rel);
  if (app) return `app:${app[1]}`;
  return undefined;
}

function layerOfSpecifier(spec: string, from: string): string | undefined {
  if (spec.startsWith(".")) return layerOfPath(resolve(dirname(from), spec));
  const ws = /^@small-steps\/([^/]+)/.exec(spec);
  if (!ws) return undefined;
  const name = ws[1] as string;
  return name in RANK ? name : `app:${name}`;
}

function violations(): string[] {
  const found: string[] = [];
  const files = [...sourceFiles(join(root, "packages")), ...sourceFiles(join(root, "apps"))];
  for (const file of files) {
    const from = layerOfPath(file);
    if (!from) continue;
    for (const spec of importsOf(file)) {
      const to = layerOfSpecifier(spec, file);
      const where = `${relative(root, file)} imports ${spec}`;
      const isTest = /\.test\.tsx?$/.test(file);
      if (from === "core" && !isTest && !spec.startsWith(".") && !CORE_ALLOWED.has(spec)) {
        found.push(`${where}: core may only import ${[...CORE_ALLOWED].join(", ")}`);
      }
      if (!to || to === from) continue;
      if (from.startsWith("app:") && to.startsWith("app:"))
        found.push(`${where}: an app never imports another app`);
      if (!from.startsWith("app:") && to.startsWith("app:"))
        found.push(`${where}: packages never import apps`);
      if (from in RANK && to in RANK && (RANK[to] as number) > (RANK[from] as number)) {
        found.push(`${where}: ${from} sits below ${to}`);
      }
    }
  }
  return found;
}

describe("layering", () => {
  it("every import points down the layers (core ← crypto ← sync ← apps)", () => {
    expect(violations()).toEqual([]);
  });

  it("finds the source files it checks (guards against a silently empty scan)", () => {
    expect(sourceFiles(join(root, "packages", "core")).length).toBeGreaterThan(3);
    expect(sourceFiles(join(root, "apps", "web")).length).toBeGreaterThan(3);
  });
});
