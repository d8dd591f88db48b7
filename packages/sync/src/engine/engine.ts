import { type Change, type Item, SYNC_LIMITS, type SyncRequest, type SyncResponse } from "../protocol.ts";
import { extendLineage } from "./lineage.ts";
import type {
  Cipher,
  LocalEntry,
  LocalStore,
  OpenFailureReason,
  RemoteVersion,
  SavedMark,
  SentEnvelope,
  SyncRecord,
  Transport,
  TransportFailure,
  TransportResult,
} from "./ports.ts";
import { type ConflictPolicy, DEFAULT_CONFLICT_POLICY, decide } from "./resolve.ts";

/**
 * The sync client engine (docs/sync.md E1–E16): push pending changes, take in what the server
 * saved, settle conflicts, apply what other devices wrote, page until done. It keeps no state
 * of its own between runs — everything lives in the LocalStore — so closing the app mid-sync
 * loses nothing and the next run resumes from the stored cursor.
 */

export interface SyncProgress {
  /** Items retrieved in this run so far. */
  retrievedSoFar: number;
  /** retrievedSoFar plus what the server says still waits; for a progress bar. */
  estimatedTotal: number;
  /** Local changes the server has taken in this run so far. */
  sentSoFar: number;
}

export interface SyncProblem {
  id: string;
  /** Why an item could not be opened, or a local record could not be sealed. */
  reason: OpenFailureReason | "sealFailed" | "tooLarge";
}

export interface SyncReport {
  ok: boolean;
  failure?: TransportFailure;
  /** True when nothing is left: no pending change, no page waiting. */
  complete: boolean;
  saved: number;
  retrieved: number;
  /** Conflicts settled (merged, copied, re-created…). */
  conflicts: number;
  /** Conflict copies made. */
  copies: number;
  problems: SyncProblem[];
}

export interface SyncEngineOptions {
  store: LocalStore;
  cipher: Cipher;
  transport: Transport;
  policy?: ConflictPolicy;
  /** Ids for conflict copies; crypto.randomUUID by default. */
  newId?: () => string;
  /** Items per retrieved page (≤ 1000). */
  pageLimit?: number;
  /** A bound on requests in one run, so a run always ends. */
  maxRounds?: number;
  onProgress?: (progress: SyncProgress) => void;
}

export interface SyncEngine {
  /**
   * One sync run: rounds until nothing is pending and no page waits. Calls made while a run is
   * going share one follow-up run, so a nudge during a sync is never lost and never doubles up.
   */
  syncOnce(): Promise<SyncReport>;
}

type Version = RemoteVersion | OpenFailureReason;

/** Envelope bytes per request: under the server's 8 MB body limit with room for the JSON around. */
const REQUEST_BUDGET_BYTES = SYNC_LIMITS.maxBodyBytes - 512 * 1024;

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { store, cipher, transport, onProgress } = options;
  const policy = options.policy ?? DEFAULT_CONFLICT_POLICY;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const pageLimit = Math.min(options.pageLimit ?? SYNC_LIMITS.defaultLimit, SYNC_LIMITS.maxLimit);
  const maxRounds = options.maxRounds ?? 10_000;

  async function open(item: Item): Promise<Version> {
    if (item.deleted || item.envelope === null) return { seq: item.seq, deleted: true };
    const opened = await cipher.open(item.id, item.envelope);
    if (!opened.ok) return opened.reason;
    // The AD binds the id already (C10); this guards a Cipher that forgot to check the wrapper.
    if (opened.record.id !== item.id) return "invalid";
    const { table, record, lineage } = opened;
    return { seq: item.seq, deleted: false, table, record, lineage };
  }

  /** What goes out this round, and what each change was (for markSaved). */
  interface Outgoing {
    entry: LocalEntry;
    sent: SentEnvelope;
  }

  /** Records that cannot go this run ("id@rev"), so they are not sealed again every round. */
  function noteProblem(
    report: SyncReport,
    skip: Set<string>,
    entry: LocalEntry,
    reason: SyncProblem["reason"],
  ) {
    skip.add(`${entry.id}@${entry.rev}`);
    if (!report.problems.some((p) => p.id === entry.id && p.reason === reason)) {
      report.problems.push({ id: entry.id, reason });
    }
  }

  async function seal(entries: LocalEntry[], report: SyncReport, skip: Set<string>) {
    const changes: Change[] = [];
    const notes: ({ id: string } & SentEnvelope)[] = [];
    const outgoing = new Map<string, Outgoing>();
    let bytes = 0;
    for (const entry of entries) {
      if (skip.has(`${entry.id}@${entry.rev}`)) continue;
      const last = entry.sent.at(-1);
      // E3: a retry of an unchanged revision re-sends the very same string, so the server's copy
      // can be recognised as this device's own write.
      let sent: SentEnvelope | undefined = last?.rev === entry.rev ? last : undefined;
      if (!sent && entry.record.deleted) sent = { rev: entry.rev, envelope: null, lineage: [] };
      if (!sent) {
        const lineage = extendLineage(entry.baseLineage);
        try {
          sent = { rev: entry.rev, envelope: await cipher.seal(entry.table, entry.record, lineage), lineage };
        } catch {
          noteProblem(report, skip, entry, "sealFailed");
          continue;
        }
      }
      const size = sent.envelope?.length ?? 0;
      // S15: the server refuses an envelope over 1 MB; it stays here, reported, never lost.
      if (size > SYNC_LIMITS.maxEnvelopeBytes) {
        noteProblem(report, skip, entry, "tooLarge");
        continue;
      }
      // E2: keep the request under the body limit; the rest goes in the next round.
      if (changes.length > 0 && bytes + size > REQUEST_BUDGET_BYTES) break;
      bytes += size;
      if (sent !== last) notes.push({ id: entry.id, ...sent });
      changes.push({
        id: entry.id,
        baseSeq: entry.seq,
        deleted: entry.record.deleted,
        envelope: sent.envelope,
      });
      outgoing.set(entry.id, { entry, sent });
    }
    if (notes.length > 0) await store.noteSent(notes);
    return { changes, outgoing };
  }

  /**
   * E8: the newest version this device shares with the server's copy. Usually the entry's base;
   * but when an answer was lost, the server's copy may have grown from a version this device
   * sent, and merging against that version keeps a lost answer from looking like a conflict.
   */
  async function mergeBase(entry: LocalEntry, server: RemoteVersion): Promise<SyncRecord | null> {
    if (server.deleted || entry.sent.length === 0) return entry.base;
    const sentByVersion = new Map(entry.sent.map((s) => [s.lineage[0], s]));
    for (const version of server.lineage) {
      if (version === entry.baseLineage[0]) return entry.base;
      const sent = sentByVersion.get(version);
      if (sent?.envelope) {
        const opened = await cipher.open(entry.id, sent.envelope);
        if (opened.ok) return opened.record;
      }
    }
    return entry.base;
  }

  /** A server version meets a local entry that may have a pending change (E4–E11). */
  async function settle(
    entry: LocalEntry | undefined,
    id: string,
    version: RemoteVersion,
    envelope: string | null,
    report: SyncReport,
  ): Promise<boolean> {
    if (!entry?.pending) {
      const refused = await store.applyRemote([{ id, version }]);
      if (refused.length === 0) {
        report.retrieved++;
        return true;
      }
      [entry] = await store.read([id]);
      if (!entry) return false;
    }
    const base = await mergeBase(entry, version);
    const decision = decide(entry, version, envelope, policy, newId, base);
    if (decision.outcome === "saved") {
      await store.markSaved([decision.saved]);
      report.saved++;
      return true;
    }
    const written = await store.resolve(decision.resolution);
    if (written) {
      report.conflicts++;
      if (decision.resolution.copy) report.copies++;
    }
    return written;
  }

  async function takeSaved(response: SyncResponse, outgoing: Map<string, Outgoing>, report: SyncReport) {
    const marks: SavedMark[] = [];
    for (const { id, seq } of response.saved) {
      const out = outgoing.get(id);
      if (!out) continue;
      const { entry, sent } = out;
      marks.push({
        id,
        seq,
        rev: entry.rev,
        base: entry.record.deleted ? null : entry.record,
        baseLineage: sent.lineage,
      });
    }
    if (marks.length > 0) await store.markSaved(marks);
    report.saved += marks.length;
    return marks.length > 0;
  }

  async function takeConflicts(response: SyncResponse, report: SyncReport) {
    let progressed = false;
    for (const { id, server } of response.conflicts) {
      const version = await open(server);
      if (typeof version === "string") {
        report.problems.push({ id, reason: version });
        continue;
      }
      const [entry] = await store.read([id]);
      if (await settle(entry, id, version, server.envelope, report)) progressed = true;
    }
    return progressed;
  }

  async function takeRetrieved(response: SyncResponse, report: SyncReport) {
    const items = response.retrieved;
    const entries = await store.read(items.map((item) => item.id));
    const plain: { id: string; version: RemoteVersion }[] = [];
    const contested: { entry: LocalEntry; item: Item; version: RemoteVersion }[] = [];
    for (const [i, item] of items.entries()) {
      const entry = entries[i];
      // E12: this device already has this version or a newer one (its own write, say).
      if (entry?.seq != null && item.seq <= entry.seq) continue;
      const version = await open(item);
      if (typeof version === "string") {
        report.problems.push({ id: item.id, reason: version });
        continue;
      }
      if (entry?.pending) contested.push({ entry, item, version });
      else plain.push({ id: item.id, version });
    }
    let progressed = false;
    if (plain.length > 0) {
      const refused = new Set(await store.applyRemote(plain));
      report.retrieved += plain.length - refused.size;
      progressed = plain.length > refused.size;
      // A local edit landed between the read and the write: settle it like a conflict (E13).
      const again = plain.filter((p) => refused.has(p.id));
      const fresh = await store.read(again.map((p) => p.id));
      for (const [i, p] of again.entries()) {
        const item = items.find((it) => it.id === p.id);
        if (item && (await settle(fresh[i], p.id, p.version, item.envelope, report))) progressed = true;
      }
    }
    for (const { entry, item, version } of contested) {
      if (await settle(entry, item.id, version, item.envelope, report)) progressed = true;
    }
    return progressed;
  }

  async function run(): Promise<SyncReport> {
    const report: SyncReport = {
      ok: true,
      complete: false,
      saved: 0,
      retrieved: 0,
      conflicts: 0,
      copies: 0,
      problems: [],
    };
    let cursor = await store.getCursor();
    let more = true; // the first round always asks, even with nothing to send
    let retrievedSoFar = 0;
    const skip = new Set<string>();
    const ask = (request: SyncRequest): Promise<TransportResult> =>
      Promise.resolve()
        .then(() => transport.sync(request))
        .catch((): TransportResult => ({ ok: false, failure: { kind: "offline" } }));
    // E17: while a page with nothing to send is being applied, the next page is already on its
    // way. A pure pull changes nothing on the server, so a page fetched early is as good as one
    // fetched late; if the person wrote meanwhile, it is dropped and a full round goes instead.
    let prefetched: { cursor: number; answer: Promise<TransportResult> } | undefined;
    for (let round = 0; round < maxRounds; round++) {
      const pending = await store.pending(SYNC_LIMITS.maxChanges);
      if (!more && pending.length === 0) {
        report.complete = true;
        return report;
      }
      const { changes, outgoing } = await seal(pending, report, skip);
      const early = prefetched?.cursor === cursor && changes.length === 0 ? prefetched.answer : undefined;
      prefetched = undefined;
      const result = await (early ?? ask({ cursor, changes, limit: pageLimit }));
      if (!result.ok) return { ...report, ok: false, failure: result.failure };
      const response = result.response;
      if (response.more && changes.length === 0) {
        prefetched = {
          cursor: response.cursor,
          answer: ask({ cursor: response.cursor, changes: [], limit: pageLimit }),
        };
      }

      const saved = await takeSaved(response, outgoing, report);
      const settled = await takeConflicts(response, report);
      const applied = await takeRetrieved(response, report);
      // E14: the cursor is stored after each page, so an interrupted first sync resumes here.
      cursor = response.cursor;
      await store.setCursor(cursor);
      more = response.more;
      retrievedSoFar += response.retrieved.length;
      onProgress?.({
        retrievedSoFar,
        estimatedTotal: retrievedSoFar + response.remaining,
        sentSoFar: report.saved,
      });
      // E15: a round that moved nothing forward (conflicts that cannot be opened, say) ends the
      // run instead of asking the same question again.
      const stuck = pending.length > 0 && !saved && !settled && !applied;
      if (stuck && !more && response.retrieved.length === 0) return report;
    }
    return report;
  }

  let current: Promise<SyncReport> | undefined;
  let queued: Promise<SyncReport> | undefined;

  function syncOnce(): Promise<SyncReport> {
    if (!current) {
      current = run().finally(() => {
        current = undefined;
      });
      return current;
    }
    queued ??= current.then(
      () => {
        queued = undefined;
        return syncOnce();
      },
      () => {
        queued = undefined;
        return syncOnce();
      },
    );
    return queued;
  }

  return { syncOnce };
}
