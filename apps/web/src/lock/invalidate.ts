import type Dexie from "dexie";
import { RangeSet } from "dexie";

/**
 * After the lock changes, what every query read may be different (rows that read as absent
 * while locked open after unlocking, and the other way round) although no row changed. Dexie
 * keeps query results in memory for live queries; this tells it that everything changed, the
 * same way it hears of writes from another tab: cached results are dropped and live queries
 * run again. The event name is Dexie's own cross-context channel (dexie 4).
 */
const DEXIE_MUTATED_EVENT = "x-storagemutated-1";

export function forgetCachedReads(database: Dexie): void {
  if (typeof dispatchEvent !== "function" || typeof CustomEvent !== "function") return;
  const everything: Record<string, RangeSet> = {};
  const all = () => new RangeSet(Number.NEGATIVE_INFINITY, [[[]]]);
  for (const table of database.tables) {
    const base = `idb://${database.name}/${table.name}/`;
    everything[base] = all();
    everything[`${base}:dels`] = all();
    for (const index of table.schema.indexes) if (index.name) everything[`${base}${index.name}`] = all();
  }
  dispatchEvent(new CustomEvent(DEXIE_MUTATED_EVENT, { detail: everything }));
}
