/**
 * Argon2id in headless Chromium: packages/crypto's deriveKeys at DEFAULT_KDF_PARAMS (the client's
 * floor: 3 passes, 64 MiB) — the wait a person has at sign-up and sign-in. Five runs each in a
 * dedicated Worker (where the app runs it) and on the page unthrottled, and on the page at ×4 CPU.
 * Prints figures; asserts nothing.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Page } from "playwright-core";
import { DEFAULT_KDF_PARAMS } from "../packages/crypto/src/index.ts";
import { launchChromium, percentile, round, throttleCpu } from "./lib/browser.ts";

const RUNS = 5;
const here = dirname(fileURLToPath(import.meta.url));

/** packages/crypto (libsodium included) as one browser script. */
async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(here, "lib/argon2Entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    logLevel: "warning",
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error("esbuild produced nothing");
  return file.text;
}

/** A page and a worker script from a real http origin (a Worker needs one). */
function serve(script: string): Promise<Server> {
  const page = '<!doctype html><meta charset="utf-8"><title>argon2</title><script src="/argon2.js"></script>';
  const server = createServer((req, res) => {
    if (req.url === "/argon2.js") {
      res.writeHead(200, { "content-type": "text/javascript" }).end(script);
    } else {
      res.writeHead(200, { "content-type": "text/html" }).end(page);
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// Strings, not functions: tsx would wrap named helpers in a __name() the page lacks.
const IN_WORKER = `(async (kind) => {
  window.__worker ??= new Worker("/argon2.js");
  const w = window.__worker;
  const answer = await new Promise((resolve) => {
    w.onmessage = (e) => resolve(e.data);
    w.postMessage(kind);
  });
  if (answer.error) throw new Error(answer.error);
  return answer.ms;
})`;
const ON_PAGE = `(async (kind) => kind === "load" ? window.__argon2.timeLoad() : window.__argon2.timeOnce())`;

async function measure(page: Page, where: "worker" | "page"): Promise<{ load: number; runs: number[] }> {
  const call = (kind: "load" | "once") =>
    page.evaluate(`${where === "worker" ? IN_WORKER : ON_PAGE}(${JSON.stringify(kind)})`) as Promise<number>;
  const load = await call("load");
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await call("once"));
  return { load, runs };
}

export async function benchArgon2(): Promise<void> {
  const script = await bundle();
  const server = await serve(script);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await launchChromium();
  const { opsLimit, memLimitBytes } = DEFAULT_KDF_PARAMS;
  console.info(
    `deriveKeys, Argon2id ${opsLimit} passes, ${memLimitBytes / 1024 / 1024} MiB, 64 bytes out; ${RUNS} runs each`,
  );
  try {
    // Chromium refuses CPU throttling for workers ("only supported for pages"), so ×4 runs on
    // the page thread: a slow phone's cores slow its worker just the same.
    const rows = [
      [1, "worker"],
      [1, "page"],
      [4, "page"],
    ] as const;
    for (const [rate, where] of rows) {
      // A fresh context per row: nothing warmed up by the row before.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url);
      if (rate > 1) await throttleCpu(context, page, rate);
      const { load, runs } = await measure(page, where);
      const label = `${rate === 1 ? "no throttling" : `×${rate} CPU`}, ${where === "worker" ? "dedicated Worker" : "page thread"}`;
      console.info(
        `  ${label.padEnd(32)} median ${round(percentile(runs, 50))} ms, min ${round(Math.min(...runs))} ms, max ${round(Math.max(...runs))} ms  (libsodium ready after ${round(load)} ms)`,
      );
      await context.close();
    }
    console.info("  (design reference, 64 MiB and 2 passes: 286 ms, ×4 about 1 s)");
    console.info("  (×4 is on the page thread: DevTools cannot throttle a worker; the app runs it in one)");
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchArgon2();
