import { TABLE_OF } from "../../apps/web/src/store/tables.ts";
import type { AnyRecord } from "../../packages/core/src/index.ts";
import { createEnvelopeCipher } from "../../packages/sync/src/engine/envelopeCipher.ts";
import {
  createFetchTransport,
  createSyncEngine,
  SYNC_PATH,
  type SyncRecord,
} from "../../packages/sync/src/index.ts";
import { MemoryStore } from "../../packages/sync/src/testing/memoryStore.ts";
import type { BenchAccount } from "./account.ts";

/**
 * Puts records on the server through the real protocol, as a device that already held them would:
 * packages/sync's engine, its in-memory store, the real envelope cipher (the account's items key,
 * so the web app opens them) and fetch with the account's session cookie. Waits out a 429.
 */
export async function uploadRecords(
  baseUrl: string,
  account: Pick<BenchAccount, "cookie" | "itemsKey">,
  records: readonly AnyRecord[],
): Promise<{ saved: number }> {
  const store = new MemoryStore();
  for (const r of records) store.put(TABLE_OF[r.kind], r as unknown as SyncRecord);
  const engine = createSyncEngine({
    store,
    cipher: createEnvelopeCipher({ sealWith: account.itemsKey }),
    transport: createFetchTransport({
      url: `${baseUrl}${SYNC_PATH}`,
      fetch: (input, init) =>
        fetch(input, {
          ...init,
          headers: { ...(init?.headers as Record<string, string>), cookie: account.cookie },
        }),
    }),
    pageLimit: 1000,
  });
  let saved = 0;
  for (;;) {
    const report = await engine.syncOnce();
    saved += report.saved;
    if (report.problems.length > 0)
      throw new Error(`upload: ${report.problems.length} records failed to seal`);
    if (report.ok && report.complete) return { saved };
    if (report.failure?.kind === "rateLimited") {
      await new Promise((r) =>
        setTimeout(r, ((report.failure as { retryAfterSeconds?: number }).retryAfterSeconds ?? 5) * 1000),
      );
      continue;
    }
    if (!report.ok) throw new Error(`upload failed: ${JSON.stringify(report.failure)}`);
  }
}
