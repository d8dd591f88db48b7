/**
 * @small-steps/sync — the wire protocol shared by the server and the web app, and the sync
 * client engine behind small ports. Rules are numbered in docs/sync.md.
 *
 * Nothing exported here loads libsodium: the real cipher, which does, is its own entry
 * (`@small-steps/sync/cipher`), so screens can validate wire shapes without the WebAssembly.
 */
export * from "./account.ts";
export * from "./circle.ts";
export * from "./engine/engine.ts";
export * from "./engine/fetchTransport.ts";
export * from "./engine/lineage.ts";
export * from "./engine/liveClient.ts";
export * from "./engine/merge.ts";
export * from "./engine/ports.ts";
export * from "./engine/resolve.ts";
export * from "./moderation.ts";
export * from "./passkeys.ts";
export * from "./protocol.ts";
export * from "./stories.ts";
