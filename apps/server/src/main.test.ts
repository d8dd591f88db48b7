import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { createServer, type Server } from "node:net";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { migrations } from "./db/migrations/index.ts";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "./db/testDatabases.ts";
import { startupErrorMessage } from "./server.ts";
import { makeTempWorkspace, type TempWorkspace } from "./test-helpers.ts";

// The real entry point, run the way `npm start` runs it, so these tests cover what a person sees.
const mainPath = fileURLToPath(new URL("./main.ts", import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

function runMain(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ["--import", tsxLoader, mainPath], {
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    stderr += String(chunk);
  });
  const exit = once(child, "exit").then(([code]) => code as number | null);
  return { child, stdout: () => stdout, stderr: () => stderr, exit };
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function occupyPort(): Promise<Server> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return server;
}

let workspace: TempWorkspace | undefined;
let blocker: Server | undefined;
let running: Run | undefined;
let database: TestDatabase | undefined;

afterEach(async () => {
  if (running && running.child.exitCode === null) {
    running.child.kill("SIGKILL");
    await running.exit;
  }
  running = undefined;
  blocker?.close();
  blocker = undefined;
  workspace?.cleanup();
  workspace = undefined;
  await database?.cleanup();
  database = undefined;
});

describe("startupErrorMessage", () => {
  const config = { port: 8080, host: "127.0.0.1", dataDir: "/data" };

  it("explains a taken port with a way forward", () => {
    const error = Object.assign(new Error("listen EADDRINUSE"), { code: "EADDRINUSE", syscall: "listen" });
    expect(startupErrorMessage(error, config)).toBe(
      "Port 8080 is already in use. Stop the other program or start Small Steps on another port, e.g. PORT=8081 npm start.",
    );
  });

  it("leaves unexpected errors to be reported in full", () => {
    expect(startupErrorMessage(new Error("boom"), config)).toBeUndefined();
  });
});

describe.each(testDatabaseKinds())("main.ts on %s", (kind) => {
  it("starts, migrates, serves, prints its URL, and exits 0 on SIGTERM", async () => {
    database = await openTestDatabase(kind, { migrate: false });
    workspace = makeTempWorkspace(database.config);
    const port = await (async () => {
      const probe = await occupyPort();
      const address = probe.address();
      probe.close();
      await once(probe, "close");
      return typeof address === "object" && address ? address.port : 0;
    })();
    running = runMain({
      PORT: String(port),
      DATA_DIR: workspace.config.dataDir,
      WEB_DIST: workspace.config.webDist,
      ...(database.config.databaseUrl ? { DATABASE_URL: database.config.databaseUrl } : {}),
    });
    const run = running;
    await waitFor(() => run.stdout().includes("Small Steps is running at"), "the start-up line");
    expect(run.stdout()).toContain(`Small Steps is running at http://localhost:${port}`);

    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(await health.json()).toMatchObject({
      status: "ok",
      database: kind,
      migrations: Object.keys(migrations).length,
    });

    run.child.kill("SIGTERM");
    expect(await run.exit).toBe(0);
    expect(run.stdout()).toContain('"msg":"stopped"');
    // The start-up log names the database without its password.
    expect(run.stdout()).not.toContain(":smallsteps@");
  }, 30_000);
});

describe("main.ts start-up problems", () => {
  it("says clearly, without a stack trace, when the port is taken, and exits 1", async () => {
    workspace = makeTempWorkspace();
    blocker = await occupyPort();
    const address = blocker.address();
    const port = typeof address === "object" && address ? address.port : 0;
    running = runMain({
      PORT: String(port),
      DATA_DIR: workspace.config.dataDir,
      WEB_DIST: workspace.config.webDist,
    });
    expect(await running.exit).toBe(1);
    expect(running.stderr().trim()).toBe(
      `Port ${port} is already in use. Stop the other program or start Small Steps on another port, e.g. PORT=${port + 1} npm start.`,
    );
  }, 30_000);

  it("explains, without the password, when PostgreSQL cannot be reached, and exits 1", async () => {
    workspace = makeTempWorkspace();
    blocker = await occupyPort();
    const address = blocker.address();
    const port = typeof address === "object" && address ? address.port : 0;
    // Something listens but it is not PostgreSQL; close it so the connection is refused.
    blocker.close();
    await once(blocker, "close");
    blocker = undefined;
    running = runMain({
      PORT: String(port),
      DATA_DIR: workspace.config.dataDir,
      WEB_DIST: workspace.config.webDist,
      DATABASE_URL: `postgres://robin:hunter2@127.0.0.1:${port}/small_steps`,
    });
    expect(await running.exit).toBe(1);
    expect(running.stderr().trim()).toBe(
      `Small Steps cannot reach PostgreSQL at postgres://robin@127.0.0.1:${port}/small_steps. Check that it is running and that DATABASE_URL names the right host and port.`,
    );
    expect(running.stdout() + running.stderr()).not.toContain("hunter2");
  }, 30_000);

  it("explains a bad setting and exits 1", async () => {
    running = runMain({ PORT: "eighty" });
    expect(await running.exit).toBe(1);
    expect(running.stderr()).toContain('PORT must be a whole number between 1 and 65535 (it is "eighty").');
    expect(running.stderr()).not.toContain("    at ");
  }, 30_000);
});
