import { SAFETY_PLAN_ID } from "@small-steps/core";
import { newPurposeKey } from "@small-steps/crypto";
import {
  type Cipher,
  createFetchTransport,
  createSyncEngine,
  type SyncEngine,
  type SyncRecord,
  sameContent,
} from "@small-steps/sync";
import { createEnvelopeCipher } from "@small-steps/sync/cipher";
import { MemoryStore } from "@small-steps/sync/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { quickPerson, type SyncTestApp, startSyncTestApp } from "./testSyncApp.ts";

/**
 * P1 (docs/sync.md "Convergence"): three devices of one person edit offline, sync in any order,
 * lose answers after the server committed, and the server restarts between steps. After a final
 * sync round on every device: all hold the same records as the server, no edit was lost (each
 * word written is in some record, unless a device deleted it having seen it), and no conflict
 * copy is a duplicate (each holds words its original lacks); a device joining afterwards gets the
 * same records from the server. The real server store over a real
 * database, the real engine, the real envelope cipher, the real fetch transport over inject().
 */

const DEVICES = 3;

type Step =
  | { op: "journal" | "glimmer" }
  | { op: "append" | "tag" | "delete"; pick: number }
  | { op: "planAdd" }
  | { op: "planRemove"; pick: number }
  | { op: "sync" | "syncLost" }
  | { op: "restart" };

const stepArb: fc.Arbitrary<{ device: number; step: Step }> = fc.record({
  device: fc.nat({ max: DEVICES - 1 }),
  step: fc.oneof(
    { weight: 2, arbitrary: fc.record({ op: fc.constantFrom("journal" as const, "glimmer" as const) }) },
    {
      weight: 8,
      arbitrary: fc.record({
        op: fc.constantFrom("append" as const, "append" as const, "tag" as const, "delete" as const),
        pick: fc.nat(),
      }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant("planAdd" as const) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant("planRemove" as const), pick: fc.nat() }) },
    {
      weight: 5,
      arbitrary: fc.record({ op: fc.constantFrom("sync" as const, "sync" as const, "syncLost" as const) }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant("restart" as const) }) },
  ),
});

/** Every word (token) a record holds: its text, tags, and safety-plan items. */
function tokensOf(record: SyncRecord): string[] {
  if (record.deleted) return [];
  const out: string[] = [];
  if (typeof record.text === "string") out.push(...record.text.split(" ").filter(Boolean));
  if (Array.isArray(record.tags)) out.push(...(record.tags as string[]));
  if (Array.isArray(record.helpers)) out.push(...(record.helpers as { text: string }[]).map((i) => i.text));
  return out;
}

const liveRecords = (store: MemoryStore) =>
  store
    .all()
    .filter((e) => !e.record.deleted)
    .sort((a, b) => a.record.id.localeCompare(b.record.id));

describe.each(testDatabaseKinds())("P1: convergence on %s", (kind) => {
  let test: SyncTestApp;
  let cipher: Cipher;

  beforeAll(async () => {
    test = await startSyncTestApp(kind, { rateLimit: { max: 1_000_000, timeWindowMs: 60_000 } });
    cipher = createEnvelopeCipher({ sealWith: await newPurposeKey("items") });
  });
  afterAll(async () => {
    await test.cleanup();
  });

  /** The real fetch transport, carried over inject() so no port is opened; answers can be lost. */
  function transportFor(cookie: string, lose: { next: boolean }) {
    return createFetchTransport({
      fetch: async (url, init) => {
        const answer = await test.app.inject({
          method: "POST",
          url: String(url),
          headers: { "content-type": "application/json", cookie },
          payload: String(init?.body),
        });
        if (lose.next) {
          // The server committed; the connection dropped before the answer arrived.
          lose.next = false;
          throw new TypeError("network connection lost");
        }
        return new Response(answer.body, { status: answer.statusCode });
      },
    });
  }

  it("P1: three devices converge, lose no words and make no duplicate copies", async () => {
    const runs = kind === "postgres" ? 25 : 60;
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 5, maxLength: 50 }), async (steps) => {
        const { cookie } = await quickPerson(test);
        let tokenCount = 0;
        const token = () => `w${++tokenCount}`;
        const written = new Set<string>();
        const knowinglyRemoved = new Set<string>();
        const devices = Array.from({ length: DEVICES }, (_, d) => {
          const store = new MemoryStore();
          const lose = { next: false };
          let copies = 0;
          const engine: SyncEngine = createSyncEngine({
            store,
            cipher,
            transport: transportFor(cookie, lose),
            newId: () => `copy-${d}-${++copies}`,
            pageLimit: 7, // small pages, so paging and resumption are exercised too
          });
          return { store, engine, lose, made: 0 };
        });

        // A shared start: a few records every device holds, so later edits meet each other.
        const first = devices[0]!;
        for (const table of ["journal", "journal", "glimmers", "glimmers"]) {
          const t = token();
          written.add(t);
          first.store.put(table, { id: `r0-${++first.made}`, deleted: false, text: t, tags: [] });
        }
        for (const dev of devices) await dev.engine.syncOnce();

        for (const { device, step } of steps) {
          const dev = devices[device]!;
          const live = liveRecords(dev.store).filter((e) => e.table !== "safetyPlans");
          const picked = "pick" in step && live.length > 0 ? live[step.pick % live.length] : undefined;
          switch (step.op) {
            case "journal":
            case "glimmer": {
              const t = token();
              written.add(t);
              const id = `r${device}-${++dev.made}`;
              dev.store.put(step.op === "journal" ? "journal" : "glimmers", {
                id,
                deleted: false,
                text: t,
                tags: [],
              });
              break;
            }
            case "append":
            case "tag": {
              if (!picked) break;
              const t = token();
              written.add(t);
              const r = picked.record;
              const next =
                step.op === "append"
                  ? { ...r, text: `${r.text} ${t}` }
                  : { ...r, tags: [...((r.tags as string[]) ?? []), t] };
              dev.store.put(picked.table, next);
              break;
            }
            case "delete": {
              if (!picked) break;
              for (const t of tokensOf(picked.record)) knowinglyRemoved.add(t);
              dev.store.remove(picked.record.id);
              break;
            }
            case "planAdd":
            case "planRemove": {
              // The safety plan: one per person at a fixed id, made on whichever device first needs it.
              const plan = dev.store.get(SAFETY_PLAN_ID)?.record;
              const helpers = plan && !plan.deleted ? [...(plan.helpers as { text: string }[])] : [];
              if (step.op === "planAdd") {
                const t = token();
                written.add(t);
                helpers.push({ text: t });
              } else {
                if (helpers.length === 0) break;
                const [gone] = helpers.splice(step.pick % helpers.length, 1);
                if (gone) knowinglyRemoved.add(gone.text);
              }
              dev.store.put("safetyPlans", { id: SAFETY_PLAN_ID, deleted: false, helpers });
              break;
            }
            case "syncLost":
              dev.lose.next = true;
              await dev.engine.syncOnce();
              dev.lose.next = false;
              break;
            case "sync":
              await dev.engine.syncOnce();
              break;
            case "restart":
              await test.restart();
              break;
          }
        }

        // The final round: every device syncs, twice over, with a steady connection.
        for (let pass = 0; pass < 2; pass++) {
          for (const dev of devices) {
            const report = await dev.engine.syncOnce();
            if (!report.complete)
              console.error(
                JSON.stringify(report),
                dev.store.all().length,
                JSON.stringify(await dev.store.pending(5)).slice(0, 500),
              );
            expect(report).toMatchObject({ ok: true, complete: true, problems: [] });
          }
        }

        // Convergence: the same records on every device, nothing left pending.
        const reference = liveRecords(devices[0]!.store);
        for (const dev of devices) {
          const mine = liveRecords(dev.store);
          expect(mine.map((e) => e.record.id)).toEqual(reference.map((e) => e.record.id));
          for (const [i, e] of mine.entries()) {
            expect(e.pending).toBe(false);
            expect(e.table).toBe(reference[i]?.table);
            expect(sameContent(e.record, reference[i]!.record)).toBe(true);
          }
        }

        // The server holds the same: a new device that signs in now gets exactly these records.
        const newcomer = new MemoryStore();
        const joined = createSyncEngine({
          store: newcomer,
          cipher,
          transport: transportFor(cookie, { next: false }),
        });
        expect(await joined.syncOnce()).toMatchObject({ ok: true, complete: true, problems: [] });
        const fresh = liveRecords(newcomer);
        expect(fresh.map((e) => e.record.id)).toEqual(reference.map((e) => e.record.id));
        for (const [i, e] of fresh.entries()) expect(sameContent(e.record, reference[i]!.record)).toBe(true);

        // No edit lost: every word is in some record, unless a device deleted it having seen it.
        const present = new Set(reference.flatMap((e) => tokensOf(e.record)));
        for (const t of written) {
          if (!present.has(t)) expect(knowinglyRemoved.has(t), `lost ${t}`).toBe(true);
        }

        // No duplicates: no two records say the same thing, and each conflict copy keeps words
        // its original no longer has.
        for (const [i, a] of reference.entries()) {
          for (const b of reference.slice(i + 1)) {
            const strip = ({ id: _id, conflictOf: _c, ...rest }: SyncRecord) => rest;
            expect(sameContent(strip(a.record) as SyncRecord, strip(b.record) as SyncRecord)).toBe(false);
          }
          const of = a.record.conflictOf;
          if (typeof of === "string") {
            const original = reference.find((e) => e.record.id === of);
            const kept = new Set(original ? tokensOf(original.record) : []);
            expect(
              tokensOf(a.record).some((t) => !kept.has(t)),
              `copy ${a.record.id} adds nothing`,
            ).toBe(true);
          }
        }
      }),
      { numRuns: runs },
    );
  }, 120_000);
});
