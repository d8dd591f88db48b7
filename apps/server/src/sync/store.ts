import { type Change, type Item, SYNC_LIMITS, type SyncRequest, type SyncResponse } from "@small-steps/sync";
import { type Kysely, PostgresAdapter, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";

/**
 * The server's sync store (docs/sync.md S3–S16): opaque envelopes per person, a per-person
 * sequence, optimistic concurrency, pages after a cursor. One request is one transaction.
 */

export interface SyncQuota {
  /** Rows per person, tombstones included. */
  maxItems: number;
  /** Envelope bytes per person. */
  maxBytes: number;
}

export const DEFAULT_SYNC_QUOTA: SyncQuota = { maxItems: 200_000, maxBytes: 2 * 1024 * 1024 * 1024 };

/**
 * A page stops growing once its envelopes pass this many bytes (always at least one item), so
 * 500 sketches never become one 300 MB answer (S10).
 */
export const PAGE_BYTES = 8 * 1024 * 1024;

export class QuotaExceeded extends Error {
  override name = "QuotaExceeded";
}

export interface SyncResult {
  response: SyncResponse;
  /** The highest seq this request wrote, for the live nudge; undefined when it wrote nothing. */
  wroteUpTo?: number;
}

export interface SyncStore {
  sync(userId: string, request: SyncRequest): Promise<SyncResult>;
}

type Trx = Transaction<Database>;

interface Row {
  id: string;
  seq: number;
  deleted: number;
  size: number;
}

const itemOf = (row: { id: string; seq: number; deleted: number; envelope: string | null }): Item => ({
  id: row.id,
  seq: Number(row.seq),
  deleted: row.deleted === 1,
  envelope: row.deleted === 1 ? null : row.envelope,
});

export function createSyncStore(
  db: Kysely<Database>,
  options: { quota?: Partial<SyncQuota>; pageBytes?: number } = {},
): SyncStore {
  const quota: SyncQuota = { ...DEFAULT_SYNC_QUOTA, ...options.quota };
  const pageBytes = options.pageBytes ?? PAGE_BYTES;
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  /** S3: the counter row, created on first use, locked until commit (PostgreSQL; SQLite has one writer). */
  async function lockCounter(trx: Trx, userId: string) {
    await trx
      .insertInto("sync_counters")
      .values({ user_id: userId, seq: 0, items: 0, bytes: 0 })
      .onConflict((oc) => oc.column("user_id").doNothing())
      .execute();
    const query = trx
      .selectFrom("sync_counters")
      .select(["seq", "items", "bytes"])
      .where("user_id", "=", userId);
    const row = await (postgres ? query.forUpdate() : query).executeTakeFirstOrThrow();
    return { seq: Number(row.seq), items: Number(row.items), bytes: Number(row.bytes) };
  }

  async function applyChanges(trx: Trx, userId: string, changes: Change[]) {
    const saved: SyncResponse["saved"] = [];
    const conflicts: SyncResponse["conflicts"] = [];
    if (changes.length === 0) return { saved, conflicts };

    const counter = await lockCounter(trx, userId);
    const existing = new Map<string, Row>();
    const rows = await trx
      .selectFrom("sync_items")
      .select(["id", "seq", "deleted", "size"])
      .where("user_id", "=", userId)
      .where(
        "id",
        "in",
        changes.map((c) => c.id),
      )
      .execute();
    for (const row of rows) existing.set(row.id, { ...row, seq: Number(row.seq) });

    let { seq, items, bytes } = counter;
    const inserts: Database["sync_items"][] = [];
    const conflicted: Row[] = [];
    for (const change of changes) {
      const row = existing.get(change.id);
      // S4–S7: only on top of the version the device saw; an id the server never had is new
      // whatever baseSeq says, since nothing can be overwritten (S6).
      if (row && row.seq !== change.baseSeq) {
        conflicted.push(row);
        continue;
      }
      seq += 1;
      // S8: a tombstone keeps no ciphertext.
      const envelope = change.deleted ? null : change.envelope;
      const size = envelope?.length ?? 0;
      const values = { user_id: userId, id: change.id, seq, deleted: change.deleted ? 1 : 0, envelope, size };
      if (row) {
        await trx
          .updateTable("sync_items")
          .set({ seq, deleted: values.deleted, envelope, size })
          .where("user_id", "=", userId)
          .where("id", "=", change.id)
          .execute();
        bytes += size - row.size;
      } else {
        inserts.push(values);
        items += 1;
        bytes += size;
      }
      saved.push({ id: change.id, seq });
    }
    if (inserts.length > 0) await trx.insertInto("sync_items").values(inserts).execute();

    if (saved.length > 0) {
      // S16: refuse growth past the quota; a request that shrinks or keeps usage always passes.
      const tooMany = items > quota.maxItems && items > counter.items;
      const tooBig = bytes > quota.maxBytes && bytes > counter.bytes;
      if (tooMany || tooBig) throw new QuotaExceeded();
      await trx
        .updateTable("sync_counters")
        .set({ seq, items, bytes })
        .where("user_id", "=", userId)
        .execute();
    }

    // S4: a conflict is answered with the server's copy (fetched only now: conflicts are rare and
    // envelopes can be large).
    if (conflicted.length > 0) {
      const copies = await trx
        .selectFrom("sync_items")
        .select(["id", "seq", "deleted", "envelope"])
        .where("user_id", "=", userId)
        .where(
          "id",
          "in",
          conflicted.map((r) => r.id),
        )
        .execute();
      for (const copy of copies) conflicts.push({ id: copy.id, server: itemOf(copy) });
    }
    return { saved, conflicts };
  }

  /** S10–S12: the page after the cursor, by seq, cut at `limit` items or PAGE_BYTES. */
  async function page(trx: Trx, userId: string, cursor: number, limit: number, echoed: Set<number>) {
    const heads = await trx
      .selectFrom("sync_items")
      .select(["seq", "size"])
      .where("user_id", "=", userId)
      .where("seq", ">", cursor)
      .orderBy("seq")
      .limit(limit + 1)
      .execute();
    let taken = 0;
    let total = 0;
    for (const head of heads.slice(0, limit)) {
      if (taken > 0 && total + head.size > pageBytes) break;
      total += head.size;
      taken += 1;
    }
    const more = heads.length > taken;
    const last = taken > 0 ? Number(heads[taken - 1]?.seq) : cursor;
    let query = trx
      .selectFrom("sync_items")
      .select(["id", "seq", "deleted", "envelope"])
      .where("user_id", "=", userId)
      .where("seq", ">", cursor)
      .where("seq", "<=", last)
      .orderBy("seq");
    if (echoed.size > 0) query = query.where("seq", "not in", [...echoed]);
    const retrieved = taken > 0 ? (await query.execute()).map(itemOf) : [];
    let remaining = 0;
    if (more) {
      const counted = await trx
        .selectFrom("sync_items")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("user_id", "=", userId)
        .where("seq", ">", last)
        .executeTakeFirstOrThrow();
      remaining = Number(counted.n);
    }
    return { retrieved, cursor: last, more, remaining };
  }

  return {
    async sync(userId, request) {
      // S13: one transaction for the whole request: every change lands, or none does.
      return db.transaction().execute(async (trx) => {
        const { saved, conflicts } = await applyChanges(trx, userId, request.changes);
        // S12: what this request just saved or answered as a conflict is not sent back again.
        const echoed = new Set([...saved.map((s) => s.seq), ...conflicts.map((c) => c.server.seq)]);
        const limit = request.limit ?? SYNC_LIMITS.defaultLimit;
        const rest = await page(trx, userId, request.cursor, limit, echoed);
        const wroteUpTo = saved.at(-1)?.seq;
        return {
          response: { saved, conflicts, ...rest },
          ...(wroteUpTo !== undefined ? { wroteUpTo } : {}),
        };
      });
    },
  };
}
