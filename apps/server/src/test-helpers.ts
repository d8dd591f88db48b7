import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Config } from "./config.ts";

export const fakeIndexHtml =
  '<!doctype html><html lang="en"><head><title>Small Steps</title>' +
  '<script type="module" src="/assets/index-abc123.js"></script></head><body><div id="app"></div></body></html>';

export const fakeSosHtml = '<!doctype html><html lang="en"><body><h1>Take a moment</h1></body></html>';

/** A tiny stand-in for apps/web/dist so server tests never depend on the real web build. */
export function makeFakeDist(root: string): string {
  const dist = join(root, "dist");
  mkdirSync(join(dist, "assets"), { recursive: true });
  writeFileSync(join(dist, "index.html"), fakeIndexHtml);
  writeFileSync(join(dist, "sos.html"), fakeSosHtml);
  writeFileSync(join(dist, "assets", "index-abc123.js"), "console.log('hello');\n");
  writeFileSync(join(dist, "sw.js"), "self.addEventListener('fetch', () => {});\n");
  writeFileSync(join(dist, "manifest.webmanifest"), '{"name":"Small Steps"}\n');
  return dist;
}

export interface TempWorkspace {
  root: string;
  config: Config;
  cleanup: () => void;
}

export function makeTempWorkspace(overrides: Partial<Config> = {}): TempWorkspace {
  const root = mkdtempSync(join(tmpdir(), "small-steps-server-"));
  const config: Config = {
    port: 0,
    host: "127.0.0.1",
    dataDir: join(root, "data"),
    webDist: makeFakeDist(root),
    logLevel: "silent",
    trustProxy: false,
    cookieSecure: true,
    sessionIdleDays: 30,
    sessionMaxDays: 180,
    ...overrides,
  };
  return { root, config, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
