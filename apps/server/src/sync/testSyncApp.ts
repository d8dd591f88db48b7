import { randomBytes } from "node:crypto";
import { SYNC_PATH, type SyncRequest } from "@small-steps/sync";
import type { FastifyInstance } from "fastify";
import { sessionCookieName } from "../accounts/cookie.ts";
import type { Limits } from "../accounts/rateLimits.ts";
import { createSession } from "../accounts/sessions.ts";
import { json, makeKeyBundle, testKdf } from "../accounts/testAccounts.ts";
import { insertUser } from "../accounts/users.ts";
import { type AppOptions, buildApp } from "../app.ts";
import type { DatabaseKind } from "../db/database.ts";
import { openTestDatabase, type TestDatabase } from "../db/testDatabases.ts";
import { makeTempWorkspace, type TempWorkspace } from "../test-helpers.ts";
import type { SyncDeps } from "./routes.ts";

// Test-only: the whole app (accounts included) with the sync routes, on an isolated database of
// either kind, with restart. Once app.ts registers the sync routes itself, this adds nothing twice.

export interface SyncTestApp {
  readonly app: FastifyInstance;
  database: TestDatabase;
  workspace: TempWorkspace;
  /** Closes the app and the database, opens both again on the same data: a server restart. */
  restart: () => Promise<FastifyInstance>;
  cleanup: () => Promise<void>;
}

export async function startSyncTestApp(
  kind: DatabaseKind,
  sync: Omit<SyncDeps, "database"> = {},
  app: {
    /** The account routes' rate limits. */
    limits?: Partial<Limits>;
    /** Quiet by default; a test that reads the logs passes its own. */
    logger?: AppOptions["logger"];
  } = {},
): Promise<SyncTestApp> {
  return startTestApp(kind, (base) =>
    buildApp({
      ...base,
      logger: app.logger ?? false,
      ...(app.limits ? { limits: app.limits } : {}),
      sync,
    }),
  );
}

/**
 * The isolated database, workspace, restart and cleanup every whole-app test shares; `build` makes
 * the app from them, and again after each restart.
 */
export async function startTestApp(
  kind: DatabaseKind,
  build: (base: Pick<AppOptions, "config" | "database">) => Promise<FastifyInstance>,
): Promise<SyncTestApp> {
  const database = await openTestDatabase(kind);
  const workspace = makeTempWorkspace({ ...database.config });
  const buildHere = () => build({ config: workspace.config, database: database.handle });
  let current = await buildHere();
  return {
    get app() {
      return current;
    },
    database,
    workspace,
    restart: async () => {
      await current.close();
      await database.reopen();
      current = await buildHere();
      return current;
    },
    cleanup: async () => {
      await current.close();
      await database.cleanup();
      workspace.cleanup();
    },
  };
}

/** POST /api/sync as a signed-in device. */
export function postSync(app: FastifyInstance, cookie: string | undefined, body: SyncRequest | unknown) {
  return app.inject({
    method: "POST",
    url: SYNC_PATH,
    headers: { ...json, ...(cookie ? { cookie } : {}) },
    payload: body as object,
  });
}

/**
 * A person with a real session, made straight in the database: the sign-up route's Argon2id hashes
 * cost ~0.2 s each, too slow for a property test that needs a fresh person per run. The session
 * cookie it returns goes through the real guard like any other.
 */
export async function quickPerson(test: SyncTestApp): Promise<{ userId: string; cookie: string }> {
  const db = test.database.handle.db;
  const now = new Date();
  const { keys } = await makeKeyBundle();
  const user = await insertUser(db, {
    username: `quick_${randomBytes(6).toString("hex")}`,
    kdf: testKdf(),
    authHash: "not-a-hash: this person never signs in with a password",
    recoveryAuthHash: "not-a-hash",
    keys,
    now,
  });
  if (!user) throw new Error("could not make a test person");
  const { token } = await createSession(db, user.id, "test", now);
  return { userId: user.id, cookie: `${sessionCookieName(test.workspace.config)}=${token}` };
}
