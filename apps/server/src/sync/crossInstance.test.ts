import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CIRCLE_PATHS,
  type InboxItem,
  type LiveMessage,
  liveMessageSchema,
  SYNC_LIVE_PATH,
  SYNC_PATH,
} from "@small-steps/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json } from "../accounts/testAccounts.ts";
import { fakeBox, fakePublicKey } from "../circle/testCircleApp.ts";
import { openTestDatabase, type TestDatabase } from "../db/testDatabases.ts";
import { makeFakeDist } from "../test-helpers.ts";
import { postJson, signInOver, signUpOver } from "./spawnedAccounts.ts";
import { freePort, type SpawnedServer, spawnServer } from "./spawnServer.ts";
import { type TestSocket, TestWebSocket } from "./testWebSocket.ts";

/**
 * Two REAL server processes on one PostgreSQL schema, as two instances behind a load balancer
 * (docs/sync.md S19, docs/circle.md CR14): a device's socket is on instance B, the change arrives
 * through instance A, and B's socket hears it — carried by LISTEN/NOTIFY, since the processes
 * share nothing else.
 */

/** How soon the other instance must pass the event on. */
const WITHIN_MS = 1000;

describe.skipIf(!process.env.TEST_DATABASE_URL)(
  "live events across two server processes (PostgreSQL)",
  () => {
    let database: TestDatabase;
    let root: string;
    let a: SpawnedServer;
    let b: SpawnedServer;
    const sockets: TestSocket[] = [];

    beforeAll(async () => {
      database = await openTestDatabase("postgres");
      root = mkdtempSync(join(tmpdir(), "small-steps-cross-"));
      const webDist = makeFakeDist(root);
      const start = async (name: string) =>
        spawnServer({
          port: await freePort(),
          dataDir: join(root, name),
          webDist,
          ...(database.config.databaseUrl ? { databaseUrl: database.config.databaseUrl } : {}),
        });
      [a, b] = await Promise.all([start("a"), start("b")]);
    }, 60_000);

    afterAll(async () => {
      for (const socket of sockets.splice(0)) socket.close();
      // Both children die before their schema goes.
      await Promise.all([a?.kill(), b?.kill()]);
      await database?.cleanup();
      if (root) rmSync(root, { recursive: true, force: true });
    });

    /** A live socket on `server`, opened as a browser on that server's page would (same Origin). */
    async function openLive(server: SpawnedServer, cookie: string) {
      const socket = new TestWebSocket(`${server.url.replace(/^http/, "ws")}${SYNC_LIVE_PATH}`, {
        headers: { cookie, origin: server.url },
      });
      sockets.push(socket);
      const messages: LiveMessage[] = [];
      socket.on("message", (data) => messages.push(liveMessageSchema.parse(JSON.parse(data.toString()))));
      await new Promise<void>((resolve, reject) => {
        socket.on("open", () => resolve());
        socket.on("unexpected-response", (_request, response) =>
          reject(new Error(`the upgrade was refused: ${response.statusCode}`)),
        );
        socket.on("error", reject);
      });
      return messages;
    }

    async function arrives(messages: LiveMessage[], count: number): Promise<number> {
      const started = Date.now();
      while (messages.length < count) {
        if (Date.now() - started > WITHIN_MS) throw new Error(`nothing arrived within ${WITHIN_MS} ms`);
        await new Promise((r) => setTimeout(r, 5));
      }
      return Date.now() - started;
    }

    it("S19, CR14: a change pushed through instance A nudges the person's device whose socket is on instance B", async () => {
      const phone = await signUpOver(a.url);
      const laptopCookie = await signInOver(b.url, phone.credentials);
      const stranger = await signUpOver(b.url);

      const onLaptop = await openLive(b, laptopCookie);
      // The writing session's own socket, on the instance it writes through: no nudge (S19).
      const onPhone = await openLive(a, phone.cookie);
      const onStranger = await openLive(b, stranger.cookie);

      const answer = await postJson(
        `${a.url}${SYNC_PATH}`,
        { cursor: 0, changes: [{ id: "a", baseSeq: null, deleted: false, envelope: '{"v":1}' }] },
        phone.cookie,
      );
      expect(answer.status).toBe(200);
      await arrives(onLaptop, 1);
      expect(onLaptop).toEqual([{ type: "changed", seq: 1 }]);

      await new Promise((r) => setTimeout(r, 100));
      expect(onPhone).toEqual([]);
      expect(onStranger).toEqual([]);
    });

    /** A JSON request to a spawned server as a signed-in device; the parsed answer, or a thrown status. */
    async function call<T>(
      method: "GET" | "PUT" | "POST",
      url: string,
      cookie: string,
      body?: unknown,
    ): Promise<T> {
      const response = await fetch(url, {
        method,
        headers: { ...(body === undefined ? {} : json), cookie },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!response.ok)
        throw new Error(`${method} ${new URL(url).pathname}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    }

    it("CR8, CR14: a box X sends through instance A reaches Y's socket on instance B, and B's inbox holds it", async () => {
      const x = await signUpOver(a.url);
      const y = await signUpOver(b.url);
      const keyOf = async (server: SpawnedServer, cookie: string) =>
        (
          await call<{ userId: string }>("PUT", `${server.url}${CIRCLE_PATHS.key}`, cookie, {
            publicKey: fakePublicKey(),
          })
        ).userId;
      const xId = await keyOf(a, x.cookie);
      const yId = await keyOf(b, y.cookie);
      const onX = await openLive(a, x.cookie);
      const onY = await openLive(b, y.cookie);

      // X invites through A, Y accepts through B: each hears "connections" on their own instance.
      const { code } = await call<{ code: string }>("POST", `${a.url}${CIRCLE_PATHS.invites}`, x.cookie, {});
      await call("POST", `${b.url}${CIRCLE_PATHS.accept}`, y.cookie, { code });
      await arrives(onX, 1);
      await arrives(onY, 1);
      expect(onX).toEqual([{ type: "connections" }]);
      expect(onY).toEqual([{ type: "connections" }]);

      const box = fakeBox();
      const id = randomUUID();
      await call("POST", `${a.url}${CIRCLE_PATHS.messages}`, x.cookie, { id, to: yId, box, quiet: true });
      await arrives(onY, 2);
      expect(onY[1]).toEqual({ type: "circle", seq: 1 });

      const inbox = await call<{ items: InboxItem[] }>(
        "GET",
        `${b.url}${CIRCLE_PATHS.inbox}?after=0`,
        y.cookie,
      );
      expect(inbox.items).toEqual([expect.objectContaining({ id, from: xId, seq: 1, box })]);
      // The sender hears nothing about a box it sent.
      await new Promise((r) => setTimeout(r, 100));
      expect(onX).toHaveLength(1);
    });
  },
);
