// http_ece (a dev dependency, used only by tests to open what web-push encrypted) ships no types.
declare module "http_ece" {
  import type { ECDH } from "node:crypto";

  interface DecryptParams {
    version: "aes128gcm" | "aesgcm" | "aesgcm128";
    /** The receiver's key pair; for aes128gcm the sender's public key is read from the header. */
    privateKey?: ECDH;
    /** base64url or bytes. */
    authSecret?: string | Buffer;
    key?: string | Buffer;
    salt?: string | Buffer;
    dh?: string | Buffer;
  }

  export function decrypt(buffer: Buffer, params: DecryptParams): Buffer;
  export function encrypt(buffer: Buffer, params: Record<string, unknown>): Buffer;
}
