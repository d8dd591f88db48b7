/**
 * Pending WebAuthn challenges, each usable once and only for a short while. A challenge proves a
 * signature was made just now for this server; keeping it until it is used or expires is what
 * stops a captured response from being replayed.
 *
 * Kept in this process's memory: options and verify must reach the same server. That holds for
 * one instance (the self-hosted case). Several instances behind a load balancer need sticky
 * sessions, or these maps moved into a shared table keyed the same way.
 */
export class ChallengeStore<Value> {
  readonly #entries = new Map<string, { value: Value; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    /** A cap, so a flood of option requests cannot grow memory without bound. */
    private readonly maxEntries: number,
    private readonly now: () => number,
  ) {}

  /** Keeps `value` under `key` (replacing any earlier one) until it is taken or expires. */
  put(key: string, value: Value): void {
    this.#entries.delete(key);
    if (this.#entries.size >= this.maxEntries) this.#prune();
    this.#entries.set(key, { value, expiresAt: this.now() + this.ttlMs });
  }

  /** The value under `key`, removed so it cannot be used twice; undefined when missing or expired. */
  take(key: string): Value | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    return entry.expiresAt > this.now() ? entry.value : undefined;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Drops expired entries; if still full, the oldest ones (a Map keeps insertion order). */
  #prune(): void {
    const time = this.now();
    for (const [key, entry] of this.#entries) if (entry.expiresAt <= time) this.#entries.delete(key);
    for (const key of this.#entries.keys()) {
      if (this.#entries.size < this.maxEntries) break;
      this.#entries.delete(key);
    }
  }
}
