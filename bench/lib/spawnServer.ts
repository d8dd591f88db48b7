import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface SpawnedServer {
  url: string;
  /** A fresh temp folder for this server (its SQLite file, its log). */
  dir: string;
  /** The server's JSON log lines (one per request at LOG_LEVEL=info). */
  logFile: string;
  /** The server's own Node process (no wrapper in between), for /proc/<pid>/status. */
  pid: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

/**
 * Runs a TypeScript entry (tsx) in its own Node process on a free port, so the server has its own
 * core and event loop while the load generator runs here. Its log lines go to a file, not through
 * this process, so logging costs the server what it would in production and nothing here.
 */
export async function spawnServer(entry: string, env: Record<string, string> = {}): Promise<SpawnedServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "small-steps-bench-"));
  const logFile = join(dir, "server.log");
  const log = openSync(logFile, "a");
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", entry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: join(dir, "data"),
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", log, log],
  });
  const url = `http://127.0.0.1:${port}`;
  const output = () => readFileSync(logFile, "utf8").slice(-4000);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server did not start:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  let stopped = false;
  return {
    url,
    dir,
    logFile,
    pid: child.pid as number,
    async stop() {
      if (stopped) return;
      stopped = true;
      const exited = new Promise<void>((r) => child.once("exit", () => r()));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
