import type { CryptoRequest, CryptoResponse, FlowName, Flows } from "./cryptoProtocol.ts";

/**
 * The page's side of the crypto worker. Nothing here imports packages/crypto: libsodium loads
 * only inside the worker, and only when an account screen first needs it, so the first screen
 * and SOS never pay for it. The worker is ended after a quiet minute, which returns the
 * 64 MiB Argon2id took to the phone.
 */

const IDLE_MS = 60_000;

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let nextId = 1;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
const pending = new Map<number, Pending>();

export class CryptoUnavailableError extends Error {
  override name = "CryptoUnavailableError";
}

function stop(reason?: Error) {
  worker?.terminate();
  worker = null;
  for (const p of pending.values()) p.reject(reason ?? new CryptoUnavailableError("crypto worker stopped"));
  pending.clear();
}

function startWorker(): Worker {
  const w = new Worker(new URL("./cryptoWorker.ts", import.meta.url), { type: "module" });
  w.addEventListener("message", (event: MessageEvent<CryptoResponse>) => {
    const message = event.data;
    const p = pending.get(message.id);
    if (!p) return;
    pending.delete(message.id);
    if (message.ok) p.resolve(message.value);
    else p.reject(new Error(`crypto worker: ${message.error}`));
    scheduleIdle();
  });
  w.addEventListener("error", (event) => {
    event.preventDefault();
    console.error("account: the crypto worker failed to run");
    stop(new CryptoUnavailableError("crypto worker error"));
  });
  return w;
}

function scheduleIdle() {
  clearTimeout(idleTimer);
  if (pending.size > 0) return;
  idleTimer = setTimeout(() => {
    if (pending.size === 0) stop();
  }, IDLE_MS);
}

/**
 * Runs one function of flows.ts in the worker. There is deliberately no fallback on the page:
 * importing flows.ts here would pull libsodium into the page's chunks. Every browser the app
 * supports has module workers; one that has none gets CryptoUnavailableError, which the
 * screen explains.
 */
export async function runCrypto<K extends FlowName>(
  name: K,
  ...args: Parameters<Flows[K]>
): Promise<Awaited<ReturnType<Flows[K]>>> {
  if (typeof Worker === "undefined") throw new CryptoUnavailableError("no module workers here");
  clearTimeout(idleTimer);
  worker ??= startWorker();
  const id = nextId++;
  const request: CryptoRequest<K> = { id, name, args };
  return new Promise<Awaited<ReturnType<Flows[K]>>>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    worker?.postMessage(request);
  });
}
