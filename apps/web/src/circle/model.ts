/**
 * What this device keeps of the trusted circle (docs/circle.md), in its own Dexie tables. None of
 * it is synced as records: messages arrive per device from the server's inbox (CR8), and the
 * App lock seals these rows at rest like every other table. Signing out or deleting everything
 * removes them (circle/forget.ts).
 */

export type CircleStatus = "open" | "space";
export type PhraseKind = "reach" | "answer";

export interface PhraseSet {
  reach: string[];
  answer: string[];
  /** When the newest edit was made (sender's clock) — the newest wins on both sides. */
  at: string;
  /** Who made it. "default" until either person changes them. */
  by: "me" | "them" | "default";
}

export interface CirclePeer {
  peerId: string;
  /** The key pinned the first time this device saw the peer (CR2), base64. */
  publicKey: string;
  /** Set when the server later shows a different key: nothing is sent until it is resolved. */
  changedKey: string | null;
  /** The name they asked to be called (from their hello); null until it arrives. */
  name: string | null;
  /** My own label for them (the "who is this for" of the invite they used), if any. */
  label: string | null;
  /** They support me (they are in my circle). */
  inMyCircle: boolean;
  /** I support them (I am in their circle). */
  inTheirCircle: boolean;
  /** False once the connection has ended (removed, left, blocked): the history stays readable. */
  connected: boolean;
  since: string;
  /** I compared safety codes with them and they matched. */
  verified: boolean;
  /** Their shared status, and when they set it. */
  status: CircleStatus | null;
  statusAt: string | null;
  phrases: PhraseSet;
  /** I share "seen"; they share "seen" (CR12: shown only when both are true). */
  receiptsMine: boolean;
  receiptsTheirs: boolean;
  /** With both on: the newest of my messages they have seen. */
  seenUpTo: string | null;
  /** My mute for them: null, or until when (far future = no end). Kept on the server too. */
  mutedUntil: string | null;
  /** For ordering the list: the newest message either way. */
  lastAt: string | null;
  /** Messages from them I haven't looked at yet (shown as a quiet count, never a badge of duty). */
  unread: number;
}

export type MessageState =
  /** Waiting to reach the server (offline): retried, exactly once by id (CR7). */
  | "sending"
  | "sent"
  /** The server refused it (no longer connected). */
  | "failed"
  /** An incoming box that did not open or did not match its routing (CR11). */
  | "unreadable";

export interface CircleMessage {
  id: string;
  peerId: string;
  direction: "in" | "out";
  /** The sender's time. */
  at: string;
  text: string;
  phrase: PhraseKind | null;
  state: MessageState;
  /** Outgoing, while sending: the sealed box, so a retry sends the very same bytes. */
  box?: unknown;
}

/** An invite I made that hasn't been used yet; the code is shown only here (the server keeps a hash). */
export interface PendingInvite {
  id: string;
  code: string;
  /** Who it is for, in my words; the first name I see for them until their hello arrives. */
  label: string;
  createdAt: string;
  expiresAt: string;
}

/** My own side: the name my circle sees and my shared status. */
export interface CircleProfile {
  name: string;
  status: CircleStatus | null;
  statusAt: string | null;
}

export const DEFAULT_PHRASES = {
  // The defaults are i18n keys' English text; circle/phrases.ts resolves them in the person's language.
  reach: [
    "circle:defaults.reach.rough",
    "circle:defaults.reach.checkIn",
    "circle:defaults.reach.noReply",
    "circle:defaults.reach.thanks",
  ],
  answer: [
    "circle:defaults.answer.stillHere",
    "circle:defaults.answer.makesSense",
    "circle:defaults.answer.callOrText",
  ],
} as const;

/** Meta rows (db.meta) the circle uses. */
export const CIRCLE_META = {
  cursor: "circle:cursor",
  profile: "circle:profile",
  invites: "circle:invites",
  me: "circle:me",
} as const;
