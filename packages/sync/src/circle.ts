import { circleBoxSchema, circlePublicKeySchema } from "@small-steps/crypto/schemas";
import { z } from "zod";

/**
 * The trusted circle's wire shapes (docs/circle.md), shared by the server, which validates every
 * body with them, and the web app. The server sees routing only: who is connected to whom, who
 * sent a box to whom and when, and the box's size. Every word — messages, statuses, names, the
 * pre-agreed phrases — is inside a box (crypto_box, docs/crypto.md C26–C27) that only the
 * recipient opens. `content` below is the shape *inside* a box; the server never parses it.
 */

export const CIRCLE_PATHS = {
  key: "/api/circle/key",
  invites: "/api/circle/invites",
  accept: "/api/circle/invites/accept",
  connections: "/api/circle/connections",
  messages: "/api/circle/messages",
  inbox: "/api/circle/inbox",
  remove: "/api/circle/remove",
  leave: "/api/circle/leave",
  block: "/api/circle/block",
  mute: "/api/circle/mute",
  pushKey: "/api/push/key",
  pushSubscribe: "/api/push/subscribe",
  pushUnsubscribe: "/api/push/unsubscribe",
} as const;

/** Cancel one of my pending invites: POST `${CIRCLE_PATHS.invites}/:id/cancel`. */
export const circleInviteCancelPath = (id: string): string => `${CIRCLE_PATHS.invites}/${id}/cancel`;

const uuid = z.string().uuid();
const isoTime = z.string().datetime({ offset: true });

/** Person ids as the circle shows them: the peer's user id (only ever shown to connected people). */
export const peerIdSchema = uuid;

/** CR3: invite codes are 12 Crockford base32 characters (60 bits), shown as XXXX-XXXX-XXXX. */
export const INVITE_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const INVITE_CODE_LENGTH = 12;
/** Accepts what a person might type: lower case, spaces or dashes, O for 0, I and L for 1. */
export function normalizeInviteCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}
export const inviteCodeSchema = z
  .string()
  .max(64)
  .transform(normalizeInviteCode)
  .pipe(
    z.string().regex(new RegExp(`^[${INVITE_CODE_ALPHABET}]{${INVITE_CODE_LENGTH}}$`), "not an invite code"),
  );

export const formatInviteCode = (code: string): string => code.replace(/(.{4})(?=.)/g, "$1-");

// ---- Keys -------------------------------------------------------------------------------------

/** PUT the account's circle public key (CR1). The secret key travels only in the key bundle. */
export const circleKeyRequest = z.object({ publicKey: circlePublicKeySchema });
/** GET: my own user id (the `from`/`to` inside boxes, CR11) and my published key, if any. */
export const circleKeyResponse = z.object({
  userId: peerIdSchema,
  publicKey: circlePublicKeySchema.nullable(),
});

// ---- Invites ----------------------------------------------------------------------------------

export const inviteSchema = z.object({
  id: uuid,
  createdAt: isoTime,
  expiresAt: isoTime,
});
export type InviteWire = z.infer<typeof inviteSchema>;

/** The code is returned once, at creation; the server keeps only its hash (CR3). */
export const inviteCreateResponse = z.object({ invite: inviteSchema, code: z.string() });
export const invitesResponse = z.object({ invites: z.array(inviteSchema) });

export const inviteAcceptRequest = z.object({ code: inviteCodeSchema });

// ---- Connections ------------------------------------------------------------------------------

/**
 * One person I am connected with. `inMyCircle`: they support me (I invited them, or they joined
 * my circle). `inTheirCircle`: I support them. Either is enough to send each other boxes (CR5).
 */
export const connectionSchema = z.object({
  peerId: peerIdSchema,
  publicKey: circlePublicKeySchema,
  inMyCircle: z.boolean(),
  inTheirCircle: z.boolean(),
  since: isoTime,
  /** My own mute for this person, kept on the server so pushes respect it (CR9); null: not muted. */
  mutedUntil: isoTime.nullable(),
});
export type ConnectionWire = z.infer<typeof connectionSchema>;
export const connectionsResponse = z.object({ connections: z.array(connectionSchema) });
export const inviteAcceptResponse = z.object({ connection: connectionSchema });

export const peerRequest = z.object({ peerId: peerIdSchema });
/** `until` null lifts a mute; "far future" is how "mute" (with no end) is sent. */
export const muteRequest = z.object({ peerId: peerIdSchema, until: isoTime.nullable() });

// ---- Messages ---------------------------------------------------------------------------------

/** CR6: the largest box the server takes, in base64 characters (~6 KB of words). */
export const MAX_BOX_CHARS = 12_000;

export const sendRequest = z.object({
  /** Chosen by the sender's device: sending twice (a lost answer) stores one message (CR7). */
  id: uuid,
  to: peerIdSchema,
  box: circleBoxSchema.refine((b) => b.ciphertext.length <= MAX_BOX_CHARS, "too large"),
  /** Statuses, names and phrase updates do not ring the other person's phone (CR10). */
  quiet: z.boolean(),
});
export const sendResponse = z.object({ id: uuid, sentAt: isoTime });

export const inboxItemSchema = z.object({
  id: uuid,
  from: peerIdSchema,
  /** The recipient's own monotonic sequence: delivery is in this order (CR8). */
  seq: z.number().int().positive(),
  sentAt: isoTime,
  box: circleBoxSchema,
});
export type InboxItem = z.infer<typeof inboxItemSchema>;
export const INBOX_PAGE = 200;
export const inboxQuery = z.object({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(INBOX_PAGE).default(INBOX_PAGE),
});
export const inboxResponse = z.object({ items: z.array(inboxItemSchema), more: z.boolean() });

// ---- Push -------------------------------------------------------------------------------------

export const pushKeyResponse = z.object({ publicKey: z.string() });
export const pushSubscribeRequest = z.object({
  endpoint: z.string().url().max(2048).startsWith("https://"),
  keys: z.object({ p256dh: z.string().min(1).max(200), auth: z.string().min(1).max(100) }),
});
export const pushUnsubscribeRequest = z.object({ endpoint: z.string().max(2048) });

// ---- Inside a box (never seen by the server) ---------------------------------------------------

export const MAX_MESSAGE_CHARS = 1000;
export const MAX_NAME_CHARS = 40;
export const MAX_PHRASES = 8;
export const MAX_PHRASE_CHARS = 120;

const phraseList = z.array(z.string().trim().min(1).max(MAX_PHRASE_CHARS)).max(MAX_PHRASES);

/**
 * CR11: what a box holds. `from`, `to` and `id` repeat the routing so a box the server moved to
 * another message id or person is refused; `at` is the sender's clock, for display only.
 */
export const circleContentSchema = z.discriminatedUnion("t", [
  z.object({
    t: z.literal("message"),
    text: z.string().trim().min(1).max(MAX_MESSAGE_CHARS),
    /** A pre-agreed phrase (reach out or answer), or typed words. */
    phrase: z.enum(["reach", "answer"]).nullable(),
  }),
  /** The sender's shared status: open to a check-in, or needs some space (null: none). */
  z.object({ t: z.literal("status"), status: z.enum(["open", "space"]).nullable() }),
  /** The name the sender wants this person to see. */
  z.object({ t: z.literal("hello"), name: z.string().trim().min(1).max(MAX_NAME_CHARS) }),
  /** The pair's pre-agreed phrases, shaped together: the newest edit (by `at`) wins on both sides. */
  z.object({ t: z.literal("phrases"), reach: phraseList, answer: phraseList }),
  /** Whether the sender shares "seen" (CR12: shown only when both do). */
  z.object({ t: z.literal("receipts"), on: z.boolean() }),
  /** "I have seen your messages up to this one" (sent only when both share receipts). */
  z.object({ t: z.literal("seen"), upTo: uuid }),
]);
export type CircleContent = z.infer<typeof circleContentSchema>;

export const circleEnvelopeSchema = z.object({
  from: peerIdSchema,
  to: peerIdSchema,
  id: uuid,
  at: isoTime,
  content: circleContentSchema,
});
export type CircleEnvelope = z.infer<typeof circleEnvelopeSchema>;
