import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";
import { type Config, ConfigError } from "./config.ts";
import { createDatabase, type DatabaseHandle, postgresStartupMessage } from "./db/database.ts";
import { MigrationError, migrateToLatest } from "./db/migrate.ts";

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
}

/** The address a person can paste into a browser: a wildcard or loopback bind is reachable as localhost. */
export function publicUrl(host: string, port: number): string {
  const local = ["0.0.0.0", "::", "127.0.0.1", "::1", "localhost"];
  if (local.includes(host)) return `http://localhost:${port}`;
  return host.includes(":") ? `http://[${host}]:${port}` : `http://${host}:${port}`;
}

/**
 * Turns the start-up failures a person can fix themselves into one plain sentence (no stack trace).
 * Returns undefined for anything unexpected, which is then reported in full.
 */
export function startupErrorMessage(
  error: unknown,
  config?: Pick<Config, "port" | "host" | "dataDir" | "databaseUrl">,
): string | undefined {
  const postgres = postgresStartupMessage(
    error instanceof MigrationError ? error.cause : error,
    config?.databaseUrl,
  );
  if (postgres) return postgres;
  if (error instanceof ConfigError || error instanceof MigrationError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (!config) return undefined;
  switch (code) {
    case "EADDRINUSE":
      return (
        `Port ${config.port} is already in use. Stop the other program or start Small Steps on another port, ` +
        `e.g. PORT=${config.port + 1 <= 65535 ? config.port + 1 : 8081} npm start.`
      );
    case "EACCES":
    case "EPERM":
      if ((error as { syscall?: unknown }).syscall === "listen") {
        return `Small Steps is not allowed to use port ${config.port}. Ports below 1024 usually need extra rights; try e.g. PORT=8080 npm start.`;
      }
      return `Small Steps cannot write to its data folder ${config.dataDir}. Check its permissions, or choose another with DATA_DIR=/path/to/folder npm start.`;
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
      return `HOST=${config.host} is not an address of this machine. Use HOST=127.0.0.1 (this computer only) or HOST=0.0.0.0 (every network).`;
    case "SQLITE_CANTOPEN":
    case "ENOTDIR":
      return `Small Steps cannot open its database in ${config.dataDir}. Check that the folder exists and can be written, or choose another with DATA_DIR.`;
    default:
      return undefined;
  }
}

/** Opens the database, applies migrations, and starts listening. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = createDatabase(config);
  try {
    await migrateToLatest(database.db);
    const app = await buildApp({ config, database });
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (error) {
      await app.close();
      throw error;
    }
    const url = publicUrl(config.host, config.port);
    app.log.info({ url, database: database.kind }, `Small Steps is running at ${url}`);
    return { app, database, url };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * First SIGINT/SIGTERM: stop accepting connections, let in-flight requests finish, close the database,
 * exit 0. A second signal, or a shutdown that hangs, exits at once.
 */
export function installGracefulShutdown({ app, database }: RunningServer, forceAfterMs = 10_000): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      app.log.warn({ signal }, "second signal: stopping now");
      process.exit(1);
    }
    stopping = true;
    app.log.info({ signal }, "shutting down");
    setTimeout(() => {
      app.log.error("shutdown took too long: stopping now");
      process.exit(1);
    }, forceAfterMs).unref();
    try {
      await app.close();
      await database.close();
      app.log.info("stopped");
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
