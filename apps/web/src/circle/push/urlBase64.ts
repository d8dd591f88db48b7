import { base64urlToBytes } from "../../passkeys/base64url.ts";

/**
 * The server's VAPID public key (base64url) as the bytes pushManager.subscribe takes as
 * applicationServerKey: an uncompressed P-256 point, 65 bytes starting with 4.
 */
export function urlBase64ToUint8Array(text: string): Uint8Array<ArrayBuffer> {
  const bytes = base64urlToBytes(text);
  if (bytes?.length !== 65 || bytes[0] !== 4) throw new Error("not a VAPID public key");
  return new Uint8Array(bytes);
}

/** Whether an existing subscription was made with this key; a server with new keys needs a new one. */
export function sameKey(existing: ArrayBuffer | null | undefined, key: Uint8Array): boolean {
  if (!existing) return false;
  const bytes = new Uint8Array(existing);
  return bytes.length === key.length && bytes.every((byte, i) => byte === key[i]);
}
