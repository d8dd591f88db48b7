/// <reference lib="webworker" />
import { deriveKeys, ready } from "@small-steps/crypto";
import type { KdfReply, KdfRequest } from "./kdf.ts";

/**
 * Argon2id for the app lock, off the page's thread: the lock screen keeps answering (and its
 * "Opening…" keeps being read) while 64 MiB of memory-hard work runs. One request per worker;
 * the page ends it afterwards, which hands the memory back.
 */
declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<KdfRequest>) => {
  const { passphrase, salt, params } = event.data;
  let reply: KdfReply;
  try {
    const derived = await deriveKeys(passphrase, salt, params);
    if (derived.ok) {
      // Only the key-encryption half is used here; the other half (an account's auth key) is not.
      (await ready()).memzero(derived.value.authKey);
      reply = { ok: true, kek: derived.value.keyEncryptionKey };
    } else {
      reply = { ok: false, reason: derived.reason };
    }
  } catch {
    reply = { ok: false, reason: "failed" };
  }
  self.postMessage(reply, reply.ok ? [reply.kek.buffer] : []);
};
