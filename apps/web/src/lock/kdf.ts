import type { KdfFailure, KdfParams } from "@small-steps/crypto";

/**
 * The passphrase → key-encryption key step (docs/crypto.md L2): packages/crypto's deriveKeys
 * (Argon2id, NFC-normalised, the client minimums enforced) in a worker of its own.
 */

export interface KdfRequest {
  passphrase: string;
  salt: Uint8Array;
  params: KdfParams;
}

export type KdfReply = { ok: true; kek: Uint8Array } | { ok: false; reason: KdfFailure | "failed" };

function inWorker(request: KdfRequest): Promise<KdfReply> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./kdf.worker.ts", import.meta.url), { type: "module" });
    const end = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<KdfReply>) => {
      end();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end();
      reject(new Error("app lock: the key worker failed"));
    };
    worker.postMessage(request);
  });
}

/** On the page: for tests and browsers without module workers. Slower to paint, still correct. */
async function onPage({ passphrase, salt, params }: KdfRequest): Promise<KdfReply> {
  const { deriveKeys, ready } = await import("@small-steps/crypto");
  const derived = await deriveKeys(passphrase, salt, params);
  if (!derived.ok) return { ok: false, reason: derived.reason };
  (await ready()).memzero(derived.value.authKey);
  return { ok: true, kek: derived.value.keyEncryptionKey };
}

export async function deriveLockKek(request: KdfRequest): Promise<KdfReply> {
  if (typeof Worker === "undefined") return onPage(request);
  try {
    return await inWorker(request);
  } catch (error) {
    console.warn("app lock: deriving on the page instead", error);
    return onPage(request);
  }
}
