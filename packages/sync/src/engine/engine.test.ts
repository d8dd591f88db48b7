import { newPurposeKey } from "@small-steps/crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { MemoryServer, memoryTransport } from "../testing/memoryServer.ts";
import { MemoryStore } from "../testing/memoryStore.ts";
import { createSyncEngine, type SyncEngineOptions, type SyncProgress } from "./engine.ts";
import { createEnvelopeCipher } from "./envelopeCipher.ts";
import type { Cipher, SyncRecord, Transport } from "./ports.ts";

let cipher: Cipher;
beforeAll(async () => {
  cipher = createEnvelopeCipher({ sealWith: await newPurposeKey("items") });
});

let ids = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++ids).padStart(12, "0")}`;
const journal = (text: string, id = uuid()): SyncRecord => ({
  id,
  kind: "journal",
  deleted: false,
  text,
  tags: [],
});

function device(server: MemoryServer, options: Partial<SyncEngineOptions> = {}) {
  const store = new MemoryStore();
  const net = memoryTransport(server);
  const engine = createSyncEngine({ store, cipher, transport: net.transport, ...options });
  return { store, net, engine };
}

/** Live (not deleted) records by id, as plain objects. */
const live = (store: MemoryStore) =>
  Object.fromEntries(
    store
      .all()
      .filter((e) => !e.record.deleted)
      .map((e) => [e.record.id, e.record]),
  );

describe("sync engine", () => {
  it("E1/E2: pushes sealed records, and another device gets them back with their tables", async () => {
    const server = new MemoryServer();
    const a = device(server);
    const b = device(server);
    const entry = journal("a quiet morning");
    a.store.put("journal", entry);
    a.store.put("glimmers", { id: uuid(), deleted: false, text: "sunlight" });

    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, complete: true, saved: 2 });
    for (const item of server.all()) expect(item.envelope).not.toContain("quiet");
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true, complete: true, retrieved: 2 });
    expect(b.store.get(entry.id)).toEqual({ table: "journal", record: entry });
    expect(b.store.all().every((e) => !e.pending)).toBe(true);
    // Nothing new: a quiet run is complete, and asks once.
    const before = b.net.requests.length;
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true, complete: true, saved: 0, retrieved: 0 });
    expect(b.net.requests.length - before).toBe(1);
  });

  it("E14: pages through a large first sync with progress, storing the cursor after every page", async () => {
    const server = new MemoryServer();
    const a = device(server);
    for (let i = 0; i < 1200; i++) a.store.put("journal", journal(`entry ${i}`));
    const first = await a.engine.syncOnce();
    expect(first).toMatchObject({ ok: true, complete: true, saved: 1200 });
    expect(a.net.requests.every((r) => r.changes.length <= 200)).toBe(true);

    const progress: SyncProgress[] = [];
    const b = device(server, { pageLimit: 500, onProgress: (p) => progress.push(p) });
    // The connection drops after the first page: what was retrieved stays, and the run resumes.
    let calls = 0;
    const flaky: Transport = {
      sync: async (request) =>
        ++calls === 2 ? { ok: false, failure: { kind: "offline" } } : b.net.transport.sync(request),
    };
    const interrupted = createSyncEngine({ store: b.store, cipher, transport: flaky, pageLimit: 500 });
    expect(await interrupted.syncOnce()).toMatchObject({ ok: false, failure: { kind: "offline" } });
    expect(await b.store.getCursor()).toBe(500);
    expect(Object.keys(live(b.store))).toHaveLength(500);

    expect(await b.engine.syncOnce()).toMatchObject({ ok: true, complete: true, retrieved: 700 });
    expect(Object.keys(live(b.store))).toHaveLength(1200);
    expect(progress.map((p) => [p.retrievedSoFar, p.estimatedTotal])).toEqual([
      [500, 700],
      [700, 700],
    ]);
  });

  it("E17: while a page is applied the next is already asked for; a write meanwhile still goes in the next round", async () => {
    const server = new MemoryServer();
    const a = device(server);
    for (let i = 0; i < 1200; i++) a.store.put("journal", journal(`entry ${i}`));
    await a.engine.syncOnce();

    const b = device(server);
    const log: string[] = [];
    const transport: Transport = {
      sync: (request) => {
        log.push(`ask ${request.cursor}${request.changes.length > 0 ? " with changes" : ""}`);
        return b.net.transport.sync(request);
      },
    };
    const store = b.store;
    const applyRemote = store.applyRemote.bind(store);
    let applied = 0;
    store.applyRemote = async (items) => {
      log.push("apply");
      // The person writes while the first page is being applied.
      if (++applied === 1) store.put("journal", journal("typed during the first sync"));
      return applyRemote(items);
    };
    const engine = createSyncEngine({ store, cipher, transport, pageLimit: 500 });
    expect(await engine.syncOnce()).toMatchObject({ ok: true, complete: true, retrieved: 1200, saved: 1 });
    // Page 2 was asked for before page 1 was applied; the early answer was then dropped for a
    // round that carries the new entry.
    expect(log.slice(0, 3)).toEqual(["ask 0", "ask 500", "apply"]);
    expect(log).toContain("ask 500 with changes");
    expect(Object.keys(live(store))).toHaveLength(1201);
    expect(store.all().every((e) => !e.pending)).toBe(true);
  });

  it("E3: a retry whose first answer was lost is recognised as saved, not duplicated", async () => {
    const server = new MemoryServer();
    const a = device(server);
    a.store.put("journal", journal("once"));
    a.net.loseNextAnswer();
    expect((await a.engine.syncOnce()).ok).toBe(false);
    const report = await a.engine.syncOnce();
    expect(report).toMatchObject({ ok: true, complete: true, saved: 1, copies: 0 });
    expect(server.all()).toHaveLength(1);
    expect(a.store.all()).toHaveLength(1);
  });

  it("E3: a lost answer, then more typing: the newer words go on top, no conflict copy", async () => {
    const server = new MemoryServer();
    const a = device(server);
    const b = device(server);
    const entry = journal("first");
    a.store.put("journal", entry);
    a.net.loseNextAnswer();
    await a.engine.syncOnce();
    a.store.put("journal", { ...entry, text: "first, then more" });
    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, copies: 0 });
    await b.engine.syncOnce();
    expect(live(b.store)).toEqual({ [entry.id]: { ...entry, text: "first, then more" } });
  });

  it("E8: a lost answer that another device then built on is not mistaken for a conflict", async () => {
    const server = new MemoryServer();
    const a = device(server);
    const b = device(server);
    const entry = journal("from the phone");
    a.store.put("journal", entry);
    a.net.loseNextAnswer();
    await a.engine.syncOnce(); // saved on the server; the phone never heard
    await b.engine.syncOnce();
    b.store.put("journal", { ...entry, text: "from the phone, and the laptop" });
    await b.engine.syncOnce();
    b.store.put("journal", { ...entry, text: "from the phone, and the laptop, twice" });
    await b.engine.syncOnce();

    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, copies: 0 });
    expect(live(a.store)).toEqual({
      [entry.id]: { ...entry, text: "from the phone, and the laptop, twice" },
    });
  });

  it("E8: … but words typed after the lost answer still meet the other device's as a real conflict", async () => {
    const server = new MemoryServer();
    const a = device(server);
    const b = device(server);
    const entry = journal("start");
    a.store.put("journal", entry);
    a.net.loseNextAnswer();
    await a.engine.syncOnce();
    a.store.put("journal", { ...entry, text: "start, phone" });
    await b.engine.syncOnce();
    b.store.put("journal", { ...entry, text: "start, laptop" });
    await b.engine.syncOnce();

    expect(await a.engine.syncOnce()).toMatchObject({ ok: true, copies: 1 });
    const texts = Object.values(live(a.store)).map((r) => r.text);
    expect(texts.sort()).toEqual(["start, laptop", "start, phone"]);
  });

  it("E12: a retrieved version no newer than the one held is ignored", async () => {
    const store = new MemoryStore();
    const entry = journal("newest");
    store.put("journal", entry);
    const older = await cipher.seal("journal", { ...entry, text: "older" }, ["v0"]);
    let call = 0;
    const engine = createSyncEngine({
      store,
      cipher,
      transport: {
        sync: async () => {
          call++;
          const retrieved = call === 2 ? [{ id: entry.id, seq: 4, deleted: false, envelope: older }] : [];
          const saved = call === 1 ? [{ id: entry.id, seq: 5 }] : [];
          return {
            ok: true,
            response: { saved, conflicts: [], retrieved, cursor: 5, more: call === 1, remaining: 0 },
          };
        },
      },
    });
    expect(await engine.syncOnce()).toMatchObject({ ok: true, complete: true, retrieved: 0 });
    expect(store.get(entry.id)?.record.text).toBe("newest");
  });

  it("E2/E16: requests stay under the body limit; a record too large to send stays here, reported", async () => {
    const server = new MemoryServer();
    const a = device(server);
    for (let i = 0; i < 16; i++) a.store.put("journal", journal(`${i} ${"x".repeat(450_000)}`));
    const huge = journal("y".repeat(900_000));
    a.store.put("journal", huge);
    const report = await a.engine.syncOnce();
    expect(report).toMatchObject({ ok: true, saved: 16, problems: [{ id: huge.id, reason: "tooLarge" }] });
    const sizes = a.net.requests.map((r) => JSON.stringify(r).length);
    expect(Math.max(...sizes)).toBeLessThan(8 * 1024 * 1024);
    expect(a.net.requests.filter((r) => r.changes.length > 0).length).toBeGreaterThan(1);
    expect(a.store.get(huge.id)).toBeDefined();
    expect((await a.store.pending(10)).map((e) => e.id)).toEqual([huge.id]);
  });

  it("E10: the same entry rewritten on two devices keeps both versions, on both devices", async () => {
    const server = new MemoryServer();
    const a = device(server);
    const b = device(server);
    const entry = journal("draft");
    a.store.put("journal", entry);
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    a.store.put("journal", { ...entry, text: "draft, from the phone" });
    b.store.put("journal", { ...entry, text: "draft, from the laptop" });
    await a.engine.syncOnce();
    expect(await b.engine.syncOnce()).toMatchObject({ ok: true, copies: 1 });
    await a.engine.syncOnce();

    const onA = live(a.store);
    expect(onA).toEqual(live(b.store));
    const texts = Object.values(onA).map((r) => r.text);
    expect(texts.sort()).toEqual(["draft, from the laptop", "draft, from the phone"]);
    const copy = Object.values(onA).find((r) => r.conflictOf !== undefined);
    expect(copy?.conflictOf).toBe(entry.id);
  });

  it("E6/E7: delete against edit — the words survive whichever device deletes", async () => {
    const server = new MemoryServer();
    const a = device(server);
    const b = device(server);
    const kept = journal("kept");
    const contact: SyncRecord = { id: uuid(), deleted: false, name: "Sam" };
    a.store.put("journal", kept);
    a.store.put("contacts", contact);
    await a.engine.syncOnce();
    await b.engine.syncOnce();

    a.store.remove(kept.id); // A deletes the journal entry, B edits it
    b.store.put("journal", { ...kept, text: "kept, and more" });
    b.store.remove(contact.id); // B deletes the contact, A edits it
    a.store.put("contacts", { ...contact, name: "Sam R." });
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    await a.engine.syncOnce();

    const onA = live(a.store);
    expect(onA).toEqual(live(b.store));
    const values = Object.values(onA);
    expect(values.find((r) => r.text === "kept, and more")?.conflictOf).toBe(kept.id);
    expect(onA[kept.id]).toBeUndefined();
    expect(onA[contact.id]).toMatchObject({ name: "Sam R." });
  });

  it("E7: a small record edited here and deleted elsewhere is re-created at its id", async () => {
    const server = new MemoryServer();
    const a = device(server);
    const b = device(server);
    const contact: SyncRecord = { id: uuid(), deleted: false, name: "Sam" };
    a.store.put("contacts", contact);
    await a.engine.syncOnce();
    await b.engine.syncOnce();
    a.store.remove(contact.id);
    await a.engine.syncOnce();
    b.store.put("contacts", { ...contact, name: "Sam (new number)" });
    expect(await b.engine.syncOnce()).toMatchObject({ conflicts: 1, copies: 0 });
    await a.engine.syncOnce();
    expect(live(a.store)).toEqual({ [contact.id]: { ...contact, name: "Sam (new number)" } });
  });

  it("E5/E13: words typed while a request is in flight stay pending and are sent next", async () => {
    const server = new MemoryServer();
    const store = new MemoryStore();
    const inner = memoryTransport(server).transport;
    const entry = journal("one");
    store.put("journal", entry);
    let typed = false;
    const transport: Transport = {
      async sync(request) {
        const answer = await inner.sync(request);
        if (!typed) {
          typed = true;
          store.put("journal", { ...entry, text: "one two" });
        }
        return answer;
      },
    };
    const engine = createSyncEngine({ store, cipher, transport });
    expect(await engine.syncOnce()).toMatchObject({ ok: true, complete: true, saved: 2 });
    const opened = await cipher.open(entry.id, server.all()[0]?.envelope ?? "");
    expect(opened.ok && opened.record.text).toBe("one two");
    expect(store.all()[0]?.pending).toBe(false);
  });

  it("E15: calls made during a run share one follow-up run", async () => {
    const server = new MemoryServer();
    const a = device(server);
    a.store.put("journal", journal("x"));
    const reports = await Promise.all([a.engine.syncOnce(), a.engine.syncOnce(), a.engine.syncOnce()]);
    expect(reports.every((r) => r.ok)).toBe(true);
    expect(a.net.requests.length).toBe(2);
  });

  it("E16: an item that cannot be opened is reported and skipped; the rest is applied", async () => {
    const server = new MemoryServer();
    const stranger = device(server, {
      cipher: createEnvelopeCipher({ sealWith: await newPurposeKey("items", 2) }),
    });
    stranger.store.put("journal", journal("sealed with another key"));
    await stranger.engine.syncOnce();
    const a = device(server);
    a.store.put("journal", journal("mine"));
    await a.engine.syncOnce();
    const b = device(server);
    const report = await b.engine.syncOnce();
    expect(report).toMatchObject({ ok: true, complete: true, retrieved: 1 });
    expect(report.problems).toEqual([{ id: expect.any(String), reason: "wrongKey" }]);
    expect(await b.store.getCursor()).toBe(2);
  });

  it("E16: transport failures are values in the report", async () => {
    const store = new MemoryStore();
    store.put("journal", journal("x"));
    const engine = createSyncEngine({
      store,
      cipher,
      transport: { sync: async () => ({ ok: false, failure: { kind: "signedOut" } }) },
    });
    expect(await engine.syncOnce()).toMatchObject({
      ok: false,
      complete: false,
      failure: { kind: "signedOut" },
    });
    const throwing = createSyncEngine({
      store,
      cipher,
      transport: {
        sync: async () => {
          throw new TypeError("Failed to fetch");
        },
      },
    });
    expect(await throwing.syncOnce()).toMatchObject({ ok: false, failure: { kind: "offline" } });
    expect(store.all()[0]?.pending).toBe(true);
  });
});
