// The typed view of every table. Each migration that adds or changes a table updates this file too.
export interface ServerMetaTable {
  key: string;
  value: string;
}

/** 0002_accounts. Times are ISO-8601 UTC strings. */
export interface UsersTable {
  id: string;
  /** Normalized (NFKC, lower case). */
  username: string;
  created_at: string;
  kdf_salt: string;
  kdf_ops_limit: number;
  kdf_mem_limit_bytes: number;
  /** libsodium crypto_pwhash_str of the auth key. */
  auth_hash: string;
  /** libsodium crypto_pwhash_str of the recovery auth key. */
  recovery_auth_hash: string;
  /** The wrapped keys as JSON (keyBundleSchema in @small-steps/sync). */
  key_bundle: string;
}

/** 0002_accounts. */
export interface SessionsTable {
  id: string;
  user_id: string;
  /** SHA-256 (hex) of the session token; the token itself is only in the cookie. */
  token_hash: string;
  created_at: string;
  last_seen_at: string;
  label: string;
}

/** 0004_passkeys: the WebAuthn user handle of a person (random, base64url). */
export interface PasskeyUserHandlesTable {
  user_id: string;
  handle: string;
  created_at: string;
}

/** 0004_passkeys: one row per registered passkey. Binary values are base64url. */
export interface PasskeysTable {
  id: string;
  user_id: string;
  credential_id: string;
  public_key: string;
  counter: number;
  /** JSON array of transport hints. */
  transports: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
  /** JSON of the PRF-wrapped account key (docs/crypto.md C24), or null. */
  prf_wrapped_account_key: string | null;
  /** base64url PRF input the wrapped key was made with, or null. */
  prf_salt: string | null;
}

/** 0003_sync: one row per person (docs/sync.md S3, S16). */
export interface SyncCountersTable {
  user_id: string;
  /** The last seq handed out to this person. */
  seq: number;
  /** Rows in sync_items, tombstones included. */
  items: number;
  /** Sum of sync_items.size. */
  bytes: number;
}

/** 0003_sync: one encrypted record (docs/sync.md S2, S8). */
export interface SyncItemsTable {
  user_id: string;
  id: string;
  seq: number;
  /** 0 or 1. */
  deleted: number;
  /** The envelope JSON; null for a tombstone. */
  envelope: string | null;
  /** Bytes of the envelope (0 for a tombstone). */
  size: number;
}

export interface Database {
  server_meta: ServerMetaTable;
  users: UsersTable;
  sessions: SessionsTable;
  passkey_user_handles: PasskeyUserHandlesTable;
  passkeys: PasskeysTable;
  sync_counters: SyncCountersTable;
  sync_items: SyncItemsTable;
}
