import type { JournalRecord } from "@small-steps/core";
import { tagKey } from "@small-steps/core";
import { Document } from "flexsearch";

/** Bump when the index options or the snapshot shape change: old snapshots are then rebuilt. */
export const INDEX_FORMAT = 1;

/**
 * What the index remembers about every journal record it has seen, tombstones included, so a
 * catch-up can tell which records changed since the snapshot without reading them all.
 */
interface DocMeta {
  /** Small integer id inside FlexSearch: numbers keep the exported index far smaller than UUIDs. */
  num: number;
  updatedAt: string;
  at: number;
  tags: string[];
  live: boolean;
}

/** Persisted form: plain arrays and strings, cheap to store in IndexedDB and to read back. */
export interface IndexSnapshot {
  format: number;
  nextNum: number;
  docs: Array<[id: string, num: number, updatedAt: string, at: number, tags: string[], live: 0 | 1]>;
  chunks: Array<[key: string, data: string]>;
}

type IndexedDoc = { n: number; body: string };

function makeDocument() {
  // One combined field: a query like "warm tea" should match when "warm" is in the text and
  // "tea" is a tag. "forward" finds words by their beginning, so results appear as you type.
  return new Document<IndexedDoc>({
    id: "n",
    index: [{ field: "body", tokenize: "forward", encoder: "Normalize", resolution: 3 }],
  });
}

/** The searchable words of an entry: what was written, the prompt it answered, and its tags. */
export function searchableText(record: JournalRecord): string {
  return [record.text, record.prompt ?? "", record.tags.join(" ")].join("\n").trim();
}

function isNewer(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}

export interface SearchHits {
  /** Matching entry ids, newest first, at most `limit` of them. */
  ids: string[];
  /** How many entries matched in all. */
  total: number;
}

/** Full-text index of the journal. No IO: the worker feeds it records and stores its snapshots. */
export class JournalIndex {
  private doc = makeDocument();
  private docs = new Map<string, DocMeta>();
  private idOf = new Map<number, string>();
  private nextNum = 1;

  /**
   * Indexes a record (or drops it, if it is a tombstone). A version older than the one known is
   * ignored, so a late message cannot undo a newer edit; `fromStore` marks a record just read
   * from the database, which is the truth and replaces any other version.
   */
  apply(record: JournalRecord, fromStore = false): boolean {
    const known = this.docs.get(record.id);
    if (
      known &&
      (fromStore ? known.updatedAt === record.updatedAt : !isNewer(record.updatedAt, known.updatedAt))
    )
      return false;
    const num = known?.num ?? this.nextNum++;
    const body = record.deleted ? "" : searchableText(record);
    if (known?.live) this.doc.remove(num);
    if (body) this.doc.add({ n: num, body });
    this.docs.set(record.id, {
      num,
      updatedAt: record.updatedAt,
      at: Date.parse(record.at),
      tags: record.deleted ? [] : record.tags.map(tagKey),
      live: !record.deleted,
    });
    this.idOf.set(num, record.id);
    return true;
  }

  /**
   * Takes an entry out of results at once, e.g. just after a delete. Its version is kept, so
   * the next catch-up still reads the tombstone and records the newer version.
   */
  remove(id: string): boolean {
    const known = this.docs.get(id);
    if (!known?.live) return false;
    this.doc.remove(known.num);
    known.live = false;
    known.tags = [];
    return true;
  }

  /** Forgets a record that is no longer in the database at all (e.g. everything was deleted). */
  forget(id: string): void {
    const known = this.docs.get(id);
    if (!known) return;
    if (known.live) this.doc.remove(known.num);
    this.docs.delete(id);
    this.idOf.delete(known.num);
  }

  versionOf(id: string): string | undefined {
    return this.docs.get(id)?.updatedAt;
  }

  knownIds(): string[] {
    return [...this.docs.keys()];
  }

  get size(): number {
    return this.docs.size;
  }

  search(query: string, limit = 50): SearchHits {
    if (!query.trim()) return { ids: [], total: 0 };
    const fields = this.doc.search(query, { limit: Math.max(this.docs.size, 1) });
    const nums = fields[0]?.result ?? [];
    const matched: DocMeta[] = [];
    for (const n of nums) {
      const id = this.idOf.get(Number(n));
      const meta = id === undefined ? undefined : this.docs.get(id);
      if (meta?.live) matched.push(meta);
    }
    // A journal is read in time: among the matches, the newest come first.
    matched.sort((a, b) => b.at - a.at);
    return {
      ids: matched.slice(0, limit).map((m) => this.idOf.get(m.num) as string),
      total: matched.length,
    };
  }

  /** Entries carrying a tag, newest first. */
  withTag(tag: string): string[] {
    const key = tagKey(tag);
    const found: Array<[string, number]> = [];
    for (const [id, meta] of this.docs) if (meta.live && meta.tags.includes(key)) found.push([id, meta.at]);
    found.sort((a, b) => b[1] - a[1]);
    return found.map(([id]) => id);
  }

  snapshot(): IndexSnapshot {
    const chunks: Array<[string, string]> = [];
    // With a synchronous handler FlexSearch exports synchronously, so the chunks and the docs
    // below describe the same moment.
    this.doc.export((key: string, data: string) => {
      chunks.push([key, data]);
    });
    const docs: IndexSnapshot["docs"] = [];
    for (const [id, m] of this.docs) docs.push([id, m.num, m.updatedAt, m.at, m.tags, m.live ? 1 : 0]);
    return { format: INDEX_FORMAT, nextNum: this.nextNum, docs, chunks };
  }

  static restore(snapshot: IndexSnapshot): JournalIndex | null {
    if (snapshot.format !== INDEX_FORMAT) return null;
    const index = new JournalIndex();
    for (const [key, data] of snapshot.chunks) index.doc.import(key, data);
    for (const [id, num, updatedAt, at, tags, live] of snapshot.docs) {
      index.docs.set(id, { num, updatedAt, at, tags, live: live === 1 });
      index.idOf.set(num, id);
    }
    index.nextNum = snapshot.nextNum;
    return index;
  }
}
