/**
 * Bundled by bench/argon2.ts (esbuild, for the browser) and loaded both as a dedicated Worker —
 * where the app runs Argon2id (apps/web/src/account/cryptoWorker.ts) — and on the page itself,
 * where DevTools CPU throttling is known to apply. Times deriveKeys at the parameters every new
 * account gets (DEFAULT_KDF_PARAMS, the client's floor).
 */
import { DEFAULT_KDF_PARAMS, deriveKeys, newSalt, ready } from "../../packages/crypto/src/index.ts";

const PASSWORD = "a quiet walk by the ocean";

/** Milliseconds for one deriveKeys call (libsodium already loaded). */
async function timeOnce(): Promise<number> {
  await ready();
  const salt = await newSalt();
  const t0 = performance.now();
  const r = await deriveKeys(PASSWORD, salt, DEFAULT_KDF_PARAMS);
  const ms = performance.now() - t0;
  if (!r.ok) throw new Error(`deriveKeys refused: ${r.reason}`);
  return ms;
}

// libsodium starts compiling its WebAssembly as soon as the module runs, so time it from here.
const scriptStarted = performance.now();
const loaded = ready().then(() => performance.now() - scriptStarted);

/** Milliseconds from this script running until libsodium was ready (the first use on a device). */
const timeLoad = (): Promise<number> => loaded;

const scope = globalThis as unknown as {
  __argon2?: { timeOnce: typeof timeOnce; timeLoad: typeof timeLoad };
  importScripts?: unknown;
  postMessage: (message: unknown) => void;
  addEventListener: (type: "message", listener: (event: MessageEvent<string>) => void) => void;
};

scope.__argon2 = { timeOnce, timeLoad };

// In a worker: answer "once" / "load" requests with the time taken (or the error's message).
if (typeof scope.importScripts === "function") {
  scope.addEventListener("message", (event) => {
    const run = event.data === "load" ? timeLoad : timeOnce;
    run().then(
      (ms) => scope.postMessage({ ms }),
      (error: unknown) => scope.postMessage({ error: String(error) }),
    );
  });
}
