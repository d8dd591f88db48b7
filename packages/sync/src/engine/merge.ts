import type { SyncRecord } from "./ports.ts";

/**
 * Three-way merge of two versions of one record against the version both started from
 * (docs/sync.md E9). Pure and deterministic: every device that merges the same three inputs
 * gets the same result, which is what lets devices converge.
 */

/** Fields that say who wrote a record and when, not what the person wrote. */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set([
  "id",
  "kind",
  "schemaVersion",
  "createdAt",
  "updatedAt",
  "deviceId",
  "deleted",
  "conflictOf",
]);

/** Ignored when asking "do these two versions say the same thing?" (E4). */
const PROVENANCE_FIELDS: ReadonlySet<string> = new Set(["createdAt", "updatedAt", "deviceId"]);

type Obj = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** JSON with sorted keys and undefined members left out: equal values give equal strings. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? "null" : canonicalJson(v))).join(",")}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return canonicalJson(a) === canonicalJson(b);
}

/** Same content, whoever wrote it and whenever: provenance fields are not compared. */
export function sameContent(a: SyncRecord, b: SyncRecord): boolean {
  const strip = (r: SyncRecord) =>
    Object.fromEntries(Object.entries(r).filter(([k]) => !PROVENANCE_FIELDS.has(k)));
  return deepEqual(strip(a), strip(b));
}

interface MergeContext {
  /** Set when a string only the local side had is replaced by the server's (E10). */
  textConflict: boolean;
}

export interface MergeResult {
  merged: SyncRecord;
  /** Words typed locally lost their field to the server's: the caller keeps a conflict copy. */
  textConflict: boolean;
}

/**
 * Field by field: a field changed on one side only takes that side's value; changed on both,
 * arrays take the union (by item id, or by value), nested objects merge the same way, and
 * other values take the server's — except `updatedAt`, which takes the later of the two.
 */
export function merge3(base: SyncRecord | null, local: SyncRecord, server: SyncRecord): MergeResult {
  const ctx: MergeContext = { textConflict: false };
  const merged = mergeObjects(base, local, server, ctx) as SyncRecord;
  return { merged, textConflict: ctx.textConflict };
}

function mergeObjects(base: Obj | null, local: Obj, server: Obj, ctx: MergeContext): Obj {
  const out: Obj = {};
  const keys = new Set([...Object.keys(server), ...Object.keys(local), ...Object.keys(base ?? {})]);
  for (const key of keys) {
    const value = mergeValue(key, base?.[key], local[key], server[key], ctx);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function mergeValue(key: string, b: unknown, l: unknown, s: unknown, ctx: MergeContext): unknown {
  if (deepEqual(l, s)) return s;
  if (deepEqual(l, b)) return s;
  if (deepEqual(s, b)) return l;
  // Changed on both sides, differently.
  if ((Array.isArray(l) || l === undefined) && (Array.isArray(s) || s === undefined)) {
    return mergeArrays(Array.isArray(b) ? b : [], l ?? [], s ?? [], ctx);
  }
  if (isPlainObject(l) && isPlainObject(s)) return mergeObjects(isPlainObject(b) ? b : null, l, s, ctx);
  if (key === "updatedAt" && typeof l === "string" && typeof s === "string") return later(l, s);
  if (typeof l === "string" && l.trim() !== "" && !BOOKKEEPING_FIELDS.has(key)) ctx.textConflict = true;
  return s;
}

function later(a: string, b: string): string {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return b;
  return ta > tb ? a : b;
}

/**
 * An item's identity in a list: its `id` when it has one, else its value. The n-th copy of a
 * repeated value is its own item ("#n"), so lists that repeat values merge as multisets.
 */
function keyed(items: readonly unknown[]): Map<string, unknown> {
  const seen = new Map<string, number>();
  const out = new Map<string, unknown>();
  for (const item of items) {
    const identity =
      isPlainObject(item) && typeof item.id === "string" ? `id:${item.id}` : `v:${canonicalJson(item)}`;
    const n = seen.get(identity) ?? 0;
    seen.set(identity, n + 1);
    out.set(`${identity}#${n}`, item);
  }
  return out;
}

/**
 * A three-way union: the server's items in the server's order, less those removed locally (unless
 * the server changed them: an edit survives a removal), then the items added locally. An item both
 * sides changed (same id) merges field by field.
 */
function mergeArrays(
  base: readonly unknown[],
  local: readonly unknown[],
  server: readonly unknown[],
  ctx: MergeContext,
) {
  const B = keyed(base);
  const L = keyed(local);
  const S = keyed(server);
  const out: unknown[] = [];
  for (const [key, sItem] of S) {
    const bItem = B.get(key);
    if (L.has(key)) {
      out.push(mergeValue(key, bItem, L.get(key), sItem, ctx));
    } else if (!B.has(key) || !deepEqual(sItem, bItem)) {
      out.push(sItem); // added on the server, or changed there while removed here
    }
  }
  for (const [key, lItem] of L) {
    if (S.has(key)) continue;
    if (B.has(key) && deepEqual(lItem, B.get(key))) continue; // removed on the server, untouched here
    out.push(lItem); // added here, or changed here while removed on the server
  }
  return out;
}
