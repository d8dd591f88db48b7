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

/** 0006_push: one row per device that turned circle pushes on (docs/circle.md CR15). */
export interface PushSubscriptionsTable {
  id: string;
  user_id: string;
  /** The push service's URL for this device; its path is a secret, never logged. */
  endpoint: string;
  /** The device's P-256 public key (base64url), for RFC 8291 encryption. */
  p256dh: string;
  /** The device's auth secret (base64url). */
  auth: string;
  created_at: string;
  last_sent_at: string | null;
}

/** 0005_circle: an account's circle public key (docs/circle.md CR1), set once. */
export interface CircleKeysTable {
  user_id: string;
  /** base64 X25519 public key. */
  public_key: string;
  created_at: string;
}

/** 0005_circle: an invite into owner_id's circle (CR3); only the code's SHA-256 is kept. */
export interface CircleInvitesTable {
  id: string;
  owner_id: string;
  /** SHA-256 (hex) of the normalized code. */
  code_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** 0005_circle: member_id is in owner_id's circle (member_id supports owner_id, CR4–CR5). */
export interface CircleMembersTable {
  owner_id: string;
  member_id: string;
  created_at: string;
}

/** 0005_circle: blocker_id blocked blocked_id (CR5). */
export interface CircleBlocksTable {
  blocker_id: string;
  blocked_id: string;
  created_at: string;
}

/** 0005_circle: user_id muted peer_id until a time (CR9); no row means not muted. */
export interface CircleMutesTable {
  user_id: string;
  peer_id: string;
  until: string;
}

/** 0005_circle: the last inbox seq handed out to a recipient (CR8). */
export interface CircleCountersTable {
  user_id: string;
  seq: number;
}

/** 0005_circle: one box waiting in recipient_id's inbox (CR6–CR8). */
export interface CircleMessagesTable {
  recipient_id: string;
  seq: number;
  /** Chosen by the sender's device (CR7). */
  id: string;
  sender_id: string;
  /** The box as JSON (circleBoxSchema); opaque to the server. */
  box: string;
  /** 0 or 1 (CR10). */
  quiet: number;
  created_at: string;
}

/** 0007_stories: a person's public author profile (docs/stories.md ST2). */
export interface StoryProfilesTable {
  user_id: string;
  name: string;
  about: string;
  colour: string;
  created_at: string;
}

/** 0007_stories: one story, plaintext; themes and content_notes are JSON arrays as text. */
export interface StoriesTable {
  id: string;
  author_id: string;
  status: "draft" | "published" | "hidden";
  title: string;
  body: string;
  themes: string;
  content_notes: string;
  /** 0 or 1. */
  anonymous: number;
  /** 0 or 1. */
  hide_hearts: number;
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

/** 0007_stories: one person's heart on one story. */
export interface StoryHeartsTable {
  story_id: string;
  user_id: string;
  created_at: string;
}

/** 0007_stories: a comment, or a reply to one (parent_id; one level only, ST8). */
export interface StoryCommentsTable {
  id: string;
  story_id: string;
  author_id: string;
  parent_id: string | null;
  body: string;
  status: "visible" | "held" | "hidden";
  created_at: string;
}

/** 0008_moderation: moderator or admin, granted by the admin command. */
export interface UserRolesTable {
  user_id: string;
  role: "moderator" | "admin";
  granted_at: string;
}

/** 0008_moderation: a person who may no longer publish, comment, heart or report. */
export interface UserBansTable {
  user_id: string;
  reason: string | null;
  banned_at: string;
}

/** 0008_moderation: one person blocking another in stories; it works both ways (ST14). */
export interface StoryBlocksTable {
  id: string;
  blocker_id: string;
  blocked_id: string;
  /** The name the blocker saw, null for an anonymous author. */
  name: string | null;
  story_title: string | null;
  created_at: string;
}

/** 0008_moderation: something for a moderator to look at (ST15–ST17). */
export interface ModerationItemsTable {
  id: string;
  kind: "report" | "held" | "first" | "crisis";
  story_id: string;
  comment_id: string | null;
  reporter_id: string | null;
  reason: string | null;
  note: string | null;
  created_at: string;
  resolved_at: string | null;
  resolution: string | null;
}

/** 0008_moderation: every moderation action, by name, kept after accounts go (ST18). */
export interface ModerationLogTable {
  id: string;
  moderator: string;
  action: string;
  target: "story" | "comment" | "user" | "setting";
  target_id: string;
  reason: string | null;
  created_at: string;
}

/** 0009_story_themes: a story's themes, one row each, with its publish time (null as a draft). */
export interface StoryThemesTable {
  story_id: string;
  theme: string;
  published_at: string | null;
}

export interface ServerSettingsTable {
  key: string;
  value: string;
}

export interface Database {
  server_meta: ServerMetaTable;
  users: UsersTable;
  sessions: SessionsTable;
  passkey_user_handles: PasskeyUserHandlesTable;
  passkeys: PasskeysTable;
  sync_counters: SyncCountersTable;
  sync_items: SyncItemsTable;
  push_subscriptions: PushSubscriptionsTable;
  circle_keys: CircleKeysTable;
  circle_invites: CircleInvitesTable;
  circle_members: CircleMembersTable;
  circle_blocks: CircleBlocksTable;
  circle_mutes: CircleMutesTable;
  circle_counters: CircleCountersTable;
  circle_messages: CircleMessagesTable;
  story_profiles: StoryProfilesTable;
  stories: StoriesTable;
  story_hearts: StoryHeartsTable;
  story_comments: StoryCommentsTable;
  user_roles: UserRolesTable;
  user_bans: UserBansTable;
  story_blocks: StoryBlocksTable;
  moderation_items: ModerationItemsTable;
  moderation_log: ModerationLogTable;
  server_settings: ServerSettingsTable;
  story_themes: StoryThemesTable;
}
