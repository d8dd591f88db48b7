import { type Change, SYNC_LIMITS, type SyncResponse, syncResponseSchema } from "@small-steps/sync";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { json, logIn, signUp } from "../accounts/testAccounts.ts";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { loggerOptions } from "../logging.ts";
import type { SyncDeps } from "./routes.ts";
import { postSync, type SyncTestApp, startSyncTestApp } from "./testSyncApp.ts";

const env = (text: string) => JSON.stringify({ v: 1, note: text });
const put = (id: string, text: string, baseSeq: number | null = null): Change => ({
  id,
  baseSeq,
  deleted: false,
  envelope: env(text),
});
const del = (id: string, baseSeq: number | null): Change => ({ id, baseSeq, deleted: true, envelope: null });

describe.each(testDatabaseKinds())("POST /api/sync on %s", (kind) => {
  let test: SyncTestApp | undefined;

  async function start(sync: Omit<SyncDeps, "database"> = {}): Promise<FastifyInstance> {
    test = await startSyncTestApp(kind, sync);
    return test.app;
  }

  afterEach(async () => {
    await test?.cleanup();
    test = undefined;
  });

  /** A signed-in device that checks every answer against the protocol schema. */
  function device(app: FastifyInstance, cookie: string) {
    return async (cursor: number, changes: Change[] = [], limit?: number): Promise<SyncResponse> => {
      const response = await postSync(app, cookie, { cursor, changes, ...(limit ? { limit } : {}) });
      expect(response.statusCode, response.body).toBe(200);
      return syncResponseSchema.parse(response.json());
    };
  }

  it("S1: answers 401 when signed out, and with a cookie that no longer works", async () => {
    const app = await start();
    expect((await postSync(app, undefined, { cursor: 0, changes: [] })).statusCode).toBe(401);
    const stale = await postSync(app, "__Host-ss_session=made-up", { cursor: 0, changes: [] });
    expect(stale.statusCode).toBe(401);
    expect(stale.json()).toMatchObject({ error: "signed_out" });
  });

  it("S3/S9: hands out increasing per-person seqs and answers each saved change with its seq", async () => {
    const app = await start();
    const sync = device(app, (await signUp(app)).cookie);
    const first = await sync(0, [put("a", "1"), put("b", "2")]);
    expect(first.saved).toEqual([
      { id: "a", seq: 1 },
      { id: "b", seq: 2 },
    ]);
    const second = await sync(2, [put("a", "1b", 1), put("c", "3")]);
    expect(second.saved).toEqual([
      { id: "a", seq: 3 },
      { id: "c", seq: 4 },
    ]);
  });

  it("S3: concurrent requests of one person get distinct seqs, each request's in one unbroken run", async () => {
    const app = await start();
    const sync = device(app, (await signUp(app)).cookie);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, r) =>
        sync(
          0,
          Array.from({ length: 5 }, (_, i) => put(`r${r}-${i}`, "x")),
        ),
      ),
    );
    const seqs = answers.flatMap((a) => a.saved.map((s) => s.seq));
    expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    for (const answer of answers) {
      const own = answer.saved.map((s) => s.seq);
      expect(own).toEqual(own.map((_, i) => (own[0] ?? 0) + i));
    }
  });

  it("S4: a stale baseSeq is a conflict answered with the server copy, never an overwrite", async () => {
    const app = await start();
    const sync = device(app, (await signUp(app)).cookie);
    await sync(0, [put("a", "one")]); // seq 1
    await sync(1, [put("a", "two", 1)]); // seq 2
    const stale = await sync(2, [put("a", "three", 1)]);
    expect(stale.saved).toEqual([]);
    expect(stale.conflicts).toEqual([
      { id: "a", server: { id: "a", seq: 2, deleted: false, envelope: env("two") } },
    ]);
    const all = await sync(0);
    expect(all.retrieved).toEqual([{ id: "a", seq: 2, deleted: false, envelope: env("two") }]);
  });

  it("S5: a change saying 'new' (baseSeq null) for an id the server has is a conflict", async () => {
    const app = await start();
    const sync = device(app, (await signUp(app)).cookie);
    await sync(0, [put("a", "first")]);
    const again = await sync(1, [put("a", "other device")]);
    expect(again.conflicts.map((c) => c.server.envelope)).toEqual([env("first")]);
  });

  it("S6: a baseSeq for an id the server never had is saved: there is nothing to overwrite", async () => {
    const app = await start();
    const sync = device(app, (await signUp(app)).cookie);
    expect((await sync(0, [put("ghost", "x", 41)])).saved).toEqual([{ id: "ghost", seq: 1 }]);
  });

  it("S7: an edit on a stale base meets a tombstone as a conflict; naming the tombstone's seq revives it", async () => {
    const app = await start();
    const sync = device(app, (await signUp(app)).cookie);
    await sync(0, [put("a", "words")]); // 1
    await sync(1, [del("a", 1)]); // 2
    const stale = await sync(2, [put("a", "edited", 1)]);
    expect(stale.conflicts).toEqual([
      { id: "a", server: { id: "a", seq: 2, deleted: true, envelope: null } },
    ]);
    const revived = await sync(2, [put("a", "edited", 2)]);
    expect(revived.saved).toEqual([{ id: "a", seq: 3 }]);
  });

  it("S2: the server stores the envelope verbatim beside id, seq, flag and size — nothing else", async () => {
    const app = await start();
    const sync = device(app, (await signUp(app)).cookie);
    await sync(0, [put("a", "opaque")]);
    const row = await test!.database.handle.db.selectFrom("sync_items").selectAll().executeTakeFirstOrThrow();
    expect(Object.keys(row).sort()).toEqual(["deleted", "envelope", "id", "seq", "size", "user_id"]);
    expect(row).toMatchObject({ id: "a", envelope: env("opaque"), size: env("opaque").length });
  });

  it("S21: the logs never hold an envelope, a body or a cookie", async () => {
    const lines: string[] = [];
    const stream = { write: (line: string) => lines.push(line) };
    test = await startSyncTestApp(kind, {}, { logger: { ...loggerOptions("debug"), stream } });
    const app = test.app;
    const { cookie } = await signUp(app);
    await postSync(app, cookie, { cursor: 0, changes: [put("a", "CANARY-WORDS")] });
    await postSync(app, cookie, { cursor: 0, changes: [{ ...put("b", "CANARY-BAD"), id: "bad id" }] });
    await postSync(app, cookie, { cursor: 0, changes: [] });
    const logs = lines.join("\n");
    expect(logs).toContain("/api/sync");
    expect(logs).not.toContain("CANARY");
    expect(logs).not.toContain(cookie.split("=")[1]);
  });

  it("S8: a tombstone wipes the ciphertext from the database; only id, seq and the flag remain", async () => {
    const app = await start();
    const sync = device(app, (await signUp(app)).cookie);
    await sync(0, [put("a", "private words")]);
    await sync(1, [{ id: "a", baseSeq: 1, deleted: true, envelope: null }]);
    const rows = await test!.database.handle.db.selectFrom("sync_items").selectAll().execute();
    expect(rows).toEqual([expect.objectContaining({ id: "a", seq: 2, deleted: 1, envelope: null, size: 0 })]);
    const counter = await test!.database.handle.db
      .selectFrom("sync_counters")
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(counter).toMatchObject({ seq: 2, items: 1, bytes: 0 });
  });

  it("S10/S11: pages after the cursor in seq order, with more and remaining", async () => {
    const app = await start();
    const sync = device(app, (await signUp(app)).cookie);
    await sync(
      0,
      Array.from({ length: 25 }, (_, i) => put(`id-${i}`, `n${i}`)),
    );
    await sync(25, [put("id-3", "n3 again", 4)]); // id-3 moves to seq 26
    const pages: SyncResponse[] = [];
    let cursor = 0;
    do {
      const page = await sync(cursor, [], 10);
      pages.push(page);
      cursor = page.cursor;
    } while (pages.at(-1)?.more);
    expect(pages.map((p) => [p.retrieved.length, p.cursor, p.more, p.remaining])).toEqual([
      [10, 11, true, 15],
      [10, 21, true, 5],
      [5, 26, false, 0],
    ]);
    const seqs = pages.flatMap((p) => p.retrieved.map((i) => i.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(pages.flatMap((p) => p.retrieved.map((i) => i.id)).filter((id) => id === "id-3")).toHaveLength(1);
    // S10: nothing new leaves the cursor where it was.
    expect(await sync(26)).toMatchObject({ retrieved: [], cursor: 26, more: false, remaining: 0 });
  });

  it("S12: what a request saved or answered as a conflict is not echoed, but the cursor moves past it", async () => {
    const app = await start();
    const a = device(app, (await signUp(app)).cookie);
    await a(0, [put("x", "1")]);
    const answer = await a(0, [put("y", "2"), put("x", "stale")]);
    expect(answer.saved).toEqual([{ id: "y", seq: 2 }]);
    expect(answer.conflicts.map((c) => c.id)).toEqual(["x"]);
    expect(answer.retrieved).toEqual([]);
    expect(answer.cursor).toBe(2);
  });

  it("S14: a retried request changes nothing: its changes come back as conflicts equal to what was sent", async () => {
    const app = await start();
    const sync = device(app, (await signUp(app)).cookie);
    const changes = [put("a", "once"), del("b", null)];
    const first = await sync(0, changes);
    const retry = await sync(0, changes);
    expect(retry.saved).toEqual([]);
    expect(retry.conflicts).toEqual([
      { id: "a", server: { id: "a", seq: 1, deleted: false, envelope: env("once") } },
      { id: "b", server: { id: "b", seq: 2, deleted: true, envelope: null } },
    ]);
    expect(first.saved.map((s) => s.seq)).toEqual([1, 2]);
    expect((await sync(0)).cursor).toBe(2);
  });

  it("S15: refuses bad input with 400 and a clear message", async () => {
    const app = await start();
    const { cookie } = await signUp(app);
    const bad = [
      { cursor: -1, changes: [] },
      { cursor: 0, changes: [], limit: 1001 },
      { cursor: 0, changes: Array.from({ length: 201 }, (_, i) => put(`i${i}`, "x")) },
      { cursor: 0, changes: [{ id: "a", baseSeq: null, deleted: true, envelope: env("x") }] },
      { cursor: 0, changes: [{ id: "a", baseSeq: null, deleted: false, envelope: null }] },
      { cursor: 0, changes: [put("has space", "x")] },
      { cursor: 0, changes: [put("x".repeat(65), "x")] },
      { cursor: 0, changes: [put("a", "x"), put("a", "y")] },
      { cursor: 0, changes: [{ ...put("a", "x"), envelope: "caf\u00e9" }] },
      { cursor: 0, changes: [{ ...put("a", "x"), envelope: "x".repeat(SYNC_LIMITS.maxEnvelopeBytes + 1) }] },
      { changes: [] },
    ];
    for (const body of bad) {
      const response = await postSync(app, cookie, body);
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(response.json()).toMatchObject({
        error: "bad_request",
        message: expect.stringContaining("sync"),
      });
    }
    const notJson = await app.inject({
      method: "POST",
      url: "/api/sync",
      headers: { "content-type": "text/plain", cookie },
      payload: "{}",
    });
    expect(notJson.statusCode).toBe(403);
  });

  it("S15: a body over 8 MB is refused with 413, and a full 1 MB envelope is accepted", async () => {
    const app = await start();
    const { cookie } = await signUp(app);
    const big = "x".repeat(SYNC_LIMITS.maxEnvelopeBytes);
    const nine = Array.from({ length: 9 }, (_, i) => ({ ...put(`b${i}`, ""), envelope: big }));
    const refused = await postSync(app, cookie, { cursor: 0, changes: nine });
    expect(refused.statusCode).toBe(413);
    expect(refused.json()).not.toMatchObject({ error: "quota" });
    const one = await postSync(app, cookie, { cursor: 0, changes: [{ ...put("b", ""), envelope: big }] });
    expect(one.statusCode).toBe(200);
  });

  it("S13/S16: past the quota a request is refused whole with 413 quota; deleting still works", async () => {
    const app = await start({ quota: { maxItems: 3, maxBytes: 100 } });
    const sync = device(app, (await signUp(app)).cookie);
    await sync(0, [put("a", "1"), put("b", "2")]);
    const over = await postSync(app, (await signUp(app)).cookie, {
      cursor: 0,
      changes: [put("x", "y".repeat(101))],
    });
    expect(over.statusCode).toBe(413);
    expect(over.json()).toMatchObject({ error: "quota" });
    // Another person's usage is their own; this person's third item fits, a fourth does not.
    await sync(2, [put("c", "3")]);
    const { cookie } = await signUp(app);
    const mine = device(app, cookie);
    await mine(0, [put("a", "1"), put("b", "2"), put("c", "3")]);
    const fourth = await postSync(app, cookie, { cursor: 3, changes: [put("d", "4"), del("a", 1)] });
    expect(fourth.statusCode).toBe(413);
    // S13: nothing of a refused request was saved, not even its delete.
    expect((await mine(0)).retrieved.map((i) => [i.id, i.deleted])).toEqual([
      ["a", false],
      ["b", false],
      ["c", false],
    ]);
    expect((await mine(3, [del("a", 1)])).saved).toEqual([{ id: "a", seq: 4 }]);
  });

  it("S17: rate-limits each session, not each address", async () => {
    const app = await start({ rateLimit: { max: 3, timeWindowMs: 60_000 } });
    const { cookie, credentials } = await signUp(app);
    for (let i = 0; i < 3; i++)
      expect((await postSync(app, cookie, { cursor: 0, changes: [] })).statusCode).toBe(200);
    const limited = await postSync(app, cookie, { cursor: 0, changes: [] });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ error: "rate_limited", retryAfterSeconds: expect.any(Number) });
    const otherDevice = await logIn(app, credentials);
    expect((await postSync(app, otherDevice, { cursor: 0, changes: [] })).statusCode).toBe(200);
  });

  it("S18: people never see or overwrite each other's items; the same id is two items", async () => {
    const app = await start();
    const alice = device(app, (await signUp(app)).cookie);
    const bobSignup = await signUp(app);
    const bob = device(app, bobSignup.cookie);
    await alice(0, [put("shared-id", "alice's words")]);
    expect((await bob(0)).retrieved).toEqual([]);
    // Bob's "new" change for the same id is not a conflict with Alice's: it is Bob's own item.
    expect((await bob(0, [put("shared-id", "bob's words")])).saved).toEqual([{ id: "shared-id", seq: 1 }]);
    // Bob cannot overwrite Alice's item by naming its seq either.
    await bob(1, [put("shared-id", "bob again", 1)]);
    expect((await alice(0)).retrieved).toEqual([
      { id: "shared-id", seq: 1, deleted: false, envelope: env("alice's words") },
    ]);
  });

  it("S18: deleting the account deletes its items and its counter", async () => {
    const app = await start();
    const { cookie, credentials } = await signUp(app);
    await device(app, cookie)(0, [put("a", "1")]);
    const deleted = await app.inject({
      method: "POST",
      url: "/api/account/delete",
      headers: { ...json, cookie },
      payload: { authKey: credentials.authKey },
    });
    expect(deleted.statusCode).toBe(204);
    const db = test!.database.handle.db;
    expect(await db.selectFrom("sync_items").selectAll().execute()).toEqual([]);
    expect(await db.selectFrom("sync_counters").selectAll().execute()).toEqual([]);
  });
});
