import type { Transport, TransportResult } from "../engine/ports.ts";
import {
  type Item,
  SYNC_LIMITS,
  type SyncRequest,
  type SyncResponse,
  syncRequestSchema,
} from "../protocol.ts";

/**
 * The server's sync rules (docs/sync.md S3–S14) for one account, in memory: for the engine's own
 * tests, which may not import the server. The real store (apps/server/src/sync/store.ts) is what
 * the convergence property test runs against.
 */
export class MemoryServer {
  private readonly items = new Map<string, Item>();
  private seq = 0;

  handle(raw: SyncRequest): SyncResponse {
    const request = syncRequestSchema.parse(raw);
    const saved: SyncResponse["saved"] = [];
    const conflicts: SyncResponse["conflicts"] = [];
    for (const change of request.changes) {
      const row = this.items.get(change.id);
      const applies = row ? row.seq === change.baseSeq : true;
      if (!applies && row) {
        conflicts.push({ id: change.id, server: { ...row } });
        continue;
      }
      const item: Item = {
        id: change.id,
        seq: ++this.seq,
        deleted: change.deleted,
        envelope: change.deleted ? null : change.envelope,
      };
      this.items.set(change.id, item);
      saved.push({ id: item.id, seq: item.seq });
    }
    const echoed = new Set([...saved.map((s) => s.seq), ...conflicts.map((c) => c.server.seq)]);
    const limit = request.limit ?? SYNC_LIMITS.defaultLimit;
    const after = [...this.items.values()]
      .filter((i) => i.seq > request.cursor)
      .sort((a, b) => a.seq - b.seq);
    const page = after.slice(0, limit);
    const cursor = page.at(-1)?.seq ?? request.cursor;
    return {
      saved,
      conflicts,
      retrieved: page.filter((i) => !echoed.has(i.seq)).map((i) => ({ ...i })),
      cursor,
      more: after.length > limit,
      remaining: Math.max(0, after.length - limit),
    };
  }

  /** Every item, tombstones included, in seq order. */
  all(): Item[] {
    return [...this.items.values()].sort((a, b) => a.seq - b.seq);
  }
}

export interface FlakyTransportControl {
  transport: Transport;
  /** The next request is committed on the server but its answer is lost (a dropped connection). */
  loseNextAnswer(): void;
  /** Requests fail as "offline" until set back to false. */
  setOffline(offline: boolean): void;
  requests: SyncRequest[];
}

/** A Transport to a MemoryServer that can drop answers after the server committed. */
export function memoryTransport(server: MemoryServer): FlakyTransportControl {
  let lose = false;
  let offline = false;
  const requests: SyncRequest[] = [];
  const transport: Transport = {
    async sync(request): Promise<TransportResult> {
      if (offline) return { ok: false, failure: { kind: "offline" } };
      requests.push(structuredClone(request));
      const response = server.handle(structuredClone(request));
      if (lose) {
        lose = false;
        return { ok: false, failure: { kind: "offline" } };
      }
      return { ok: true, response: structuredClone(response) };
    },
  };
  return {
    transport,
    loseNextAnswer: () => {
      lose = true;
    },
    setOffline: (value) => {
      offline = value;
    },
    requests,
  };
}
