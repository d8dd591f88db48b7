/**
 * Standard base64 with padding (RFC 4648 §4), the form the wire and packages/crypto use. Here in
 * the app, without libsodium, so the keyring and API client never load the crypto package.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Undefined for anything that is not valid base64 (never throws). */
export function base64ToBytes(text: string): Uint8Array | undefined {
  try {
    const binary = atob(text);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}
