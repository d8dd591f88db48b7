import Dexie, { type Table } from "dexie";
import type { IndexSnapshot } from "./journalIndex.ts";

interface Row extends IndexSnapshot {
  key: string;
}

/**
 * The search index lives in its own small database, apart from the records: it can be thrown
 * away and rebuilt at any time, and the records' schema never has to know about it.
 */
class SearchDB extends Dexie {
  state!: Table<Row, string>;
  constructor() {
    super("small-steps-search");
    this.version(1).stores({ state: "key" });
  }
}

const KEY = "journal";
let database: SearchDB | undefined;
const searchDb = () => {
  database ??= new SearchDB();
  return database;
};

export async function loadSnapshot(): Promise<IndexSnapshot | undefined> {
  const row = await searchDb().state.get(KEY);
  if (!row) return undefined;
  const { key: _key, ...snapshot } = row;
  return snapshot;
}

export async function saveSnapshot(snapshot: IndexSnapshot): Promise<void> {
  await searchDb().state.put({ key: KEY, ...snapshot });
}

export async function clearSnapshot(): Promise<void> {
  await searchDb().state.delete(KEY);
}
