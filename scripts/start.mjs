// `npm start`: build the web app if it is missing or out of date, then run the server (which applies
// database migrations before it listens). Settings come from the environment: PORT, HOST, DATA_DIR, ...
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { webBuildReason } from "./web-build.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

// WEB_DIST means the person brings their own build, so there is nothing for us to build.
const reason = process.env.WEB_DIST ? undefined : webBuildReason(root);
if (reason) {
  console.info(`Building the web app… (${reason})`);
  const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (build.error) {
    console.error(
      `The web app could not be built: ${build.error.message}. Is npm installed and on the PATH?`,
    );
    process.exit(1);
  }
  if (build.status !== 0) {
    console.error("The web app could not be built; see the messages above. Small Steps was not started.");
    process.exit(build.status ?? 1);
  }
}

// Under `npm start`, npm runs us through `sh -c`, and when npm itself is sent SIGTERM that shell exits
// without passing the signal on. Rather than linger holding the port and the database, notice that we
// were orphaned and shut down the same graceful way (once: a second signal means "stop now").
if (process.env.npm_lifecycle_event === "start") {
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    process.kill(process.pid, "SIGTERM");
  }, 1000);
  watch.unref();
}

// The server runs in this same process (tsx compiles its TypeScript on the fly), so Ctrl+C and SIGTERM
// reach it directly and its exit code is ours: no child process to forward signals to.
const { register } = await import("tsx/esm/api");
register();
await import("../apps/server/src/main.ts");
