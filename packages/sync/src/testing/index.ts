/**
 * Test doubles for the device side of sync: an in-memory LocalStore and an in-memory server.
 * Imported by tests only (`@small-steps/sync/testing`), never by the app.
 */
export * from "./memoryServer.ts";
export * from "./memoryStore.ts";
