import { execFile } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

/**
 * Moderation journeys (issue 7): roles come only from the admin command run on the server
 * (ST17), so tests run the real one against the test server's data folder. People, and stories
 * made through the API, come from ./stories.ts.
 */

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const run = promisify(execFile);

/** `grant <username> moderator|admin` with the real admin command, on the server's own database. */
export async function grantRole(
  dataDir: string,
  username: string,
  role: "moderator" | "admin",
): Promise<void> {
  try {
    await run(
      process.execPath,
      ["--import", "tsx", "apps/server/src/admin/cli.ts", "grant", username, role],
      { cwd: repoRoot, env: { ...process.env, DATA_DIR: dataDir }, timeout: 60_000 },
    );
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`admin grant ${username} ${role} failed:\n${stdout}${stderr}`);
  }
}
