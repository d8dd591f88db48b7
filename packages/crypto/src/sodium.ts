/**
 * The one place that loads libsodium. Everything else awaits `ready()`, so the WebAssembly is
 * compiled once, on first use — the web app imports this package lazily (the first screen and
 * SOS never wait for crypto), and a module that only imports types costs nothing.
 *
 * Why libsodium-wrappers-sumo is pinned to exactly 0.7.15: the 0.7.16 release ships an ESM
 * build whose wrapper imports "./libsodium-sumo.mjs", a file that is not in the package, so
 * Node and bundlers fail with ERR_MODULE_NOT_FOUND (jedisct1/libsodium.js#360, #387).
 * 0.7.15 ships CommonJS only, which Node and Vite both load through the default import.
 * The sumo build is needed for crypto_pwhash (Argon2id). Revisit at 0.8.x.
 */
import sodium from "libsodium-wrappers-sumo";

export type Sodium = typeof sodium;

let loading: Promise<Sodium> | undefined;

/** Resolves to the initialised library; every call after the first returns the same promise. */
export function ready(): Promise<Sodium> {
  loading ??= sodium.ready.then(() => sodium);
  return loading;
}
