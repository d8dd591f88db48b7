import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { repoRoot } from "../config.ts";

// Test-only: the real server (`node --import tsx apps/server/src/main.ts`, as e2e/support/server.ts
// starts it) as a child process, so a test can SIGKILL it mid-request — something no in-process
// app.close() can imitate: no graceful shutdown, no finally blocks, a transaction cut off wherever
// it stood.

export interface SpawnOptions {
  port: number;
  /** DATA_DIR: where a SQLite server keeps its file. */
  dataDir: string;
  /** DATABASE_URL: PostgreSQL instead of SQLite (with the test schema as its search path). */
  databaseUrl?: string;
  /** WEB_DIST: the server refuses to start without a built web app (makeFakeDist will do). */
  webDist: string;
}

export interface SpawnedServer {
  /** http://127.0.0.1:<port> */
  url: string;
  pid: number;
  /** Resolves once the process has exited. */
  exited: Promise<void>;
  /** Whatever it printed, for a failure message. */
  output: () => string;
  /** SIGKILL, waiting for the exit. Safe to call when it has exited already. */
  kill: () => Promise<void>;
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

/** Starts the real server and waits until /api/health answers (30 s at most). */
export async function spawnServer(options: SpawnOptions): Promise<SpawnedServer> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port),
    HOST: "127.0.0.1",
    DATA_DIR: options.dataDir,
    WEB_DIST: options.webDist,
    LOG_LEVEL: "warn",
  };
  // Never inherit a DATABASE_URL: a SQLite run must not wander into someone's PostgreSQL.
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;

  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", join(repoRoot, "apps/server/src/main.ts")],
    { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (d) => {
    output += String(d);
  });
  child.stderr?.on("data", (d) => {
    output += String(d);
  });
  const exited = new Promise<void>((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) resolveExit();
    else child.once("exit", () => resolveExit());
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  const kill = async () => {
    if (running()) child.kill("SIGKILL");
    await exited;
  };

  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (!running()) throw new Error(`the server exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await kill();
      throw new Error(`the server did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  if (child.pid === undefined) throw new Error("the server has no process id");
  return { url, pid: child.pid, exited, output: () => output, kill };
}
