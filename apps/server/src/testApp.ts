import type { FastifyInstance } from "fastify";
import { type AppOptions, buildApp } from "./app.ts";
import type { Config } from "./config.ts";
import type { DatabaseKind } from "./db/database.ts";
import { openTestDatabase, type TestDatabase } from "./db/testDatabases.ts";
import { makeTempWorkspace, type TempWorkspace } from "./test-helpers.ts";

// Test-only: the whole app on an isolated, migrated database of either kind, ready for inject().

export interface TestApp {
  readonly app: FastifyInstance;
  database: TestDatabase;
  workspace: TempWorkspace;
  config: Config;
  /** Closes the app and its database and starts both again on the same data, like a server restart. */
  restart: () => Promise<FastifyInstance>;
  cleanup: () => Promise<void>;
}

export interface TestAppOptions extends Pick<AppOptions, "now" | "limits" | "logger"> {
  config?: Partial<Config>;
}

export async function startTestApp(kind: DatabaseKind, options: TestAppOptions = {}): Promise<TestApp> {
  const database = await openTestDatabase(kind);
  const workspace = makeTempWorkspace({ ...database.config, ...options.config });
  const build = () =>
    buildApp({
      config: workspace.config,
      database: database.handle,
      logger: options.logger ?? false,
      ...(options.now ? { now: options.now } : {}),
      ...(options.limits ? { limits: options.limits } : {}),
    });
  let app = await build();
  return {
    get app() {
      return app;
    },
    database,
    workspace,
    config: workspace.config,
    restart: async () => {
      await app.close();
      await database.reopen();
      app = await build();
      return app;
    },
    cleanup: async () => {
      await app.close();
      await database.cleanup();
      workspace.cleanup();
    },
  };
}
