import { z } from "zod";
import { contentNotesSchema, reportReasonSchema } from "./stories.ts";

/**
 * Moderation's wire shapes (docs/stories.md, ST15–ST19). Only people given the moderator or admin
 * role by the admin command (`npm run admin -- grant <username> moderator`)
 * reach these routes; everyone else gets 404, as if they did not exist.
 */

export const MODERATION_PATHS = {
  /** Who am I here: `{ role }`, null for most people. Any signed-in person may ask. */
  me: "/api/moderation/me",
  queue: "/api/moderation/queue",
  log: "/api/moderation/log",
  settings: "/api/moderation/settings",
} as const;

/** Act on one queue item: hide, restore, dismiss, ban (see moderationActionSchema). */
export const moderationItemPath = (id: string): string => `/api/moderation/items/${id}`;

export const ROLES = ["moderator", "admin"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
export const roleResponse = z.object({ role: roleSchema.nullable() });

/**
 * Why something is in the queue: a reader's report, a comment posted despite the nudge (held), a
 * new account's first comment held by the setting (first), words that read as crisis (crisis).
 */
export const QUEUE_KINDS = ["report", "held", "first", "crisis"] as const;
export const queueKindSchema = z.enum(QUEUE_KINDS);

export const queueItemResponse = z.object({
  id: z.string(),
  kind: queueKindSchema,
  /** What the item is about. */
  target: z.enum(["story", "comment"]),
  /** For a report; null otherwise. */
  reason: reportReasonSchema.nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  /** The content as it stands now; moderators see anonymous authors (ST5). */
  content: z.object({
    storyId: z.string(),
    commentId: z.string().nullable(),
    title: z.string(),
    body: z.string(),
    contentNotes: contentNotesSchema.nullable(),
    /** visible / held / hidden for a comment; draft / published / hidden for a story. */
    status: z.string(),
  }),
  author: z.object({
    username: z.string(),
    profileName: z.string().nullable(),
    anonymous: z.boolean(),
    banned: z.boolean(),
  }),
});
export type QueueItem = z.infer<typeof queueItemResponse>;
export const queueResponse = z.object({ items: z.array(queueItemResponse) });

/**
 * hide: take the story or comment down (it vanishes for readers); restore: bring it back (a held
 * comment becomes visible); dismiss: nothing needed; ban: hide this and stop its author from
 * publishing, commenting, hearting and reporting. Every action is written to the audit log.
 */
export const MODERATION_ACTIONS = ["hide", "restore", "dismiss", "ban"] as const;
export const moderationActionSchema = z.object({
  action: z.enum(MODERATION_ACTIONS),
  /** Kept in the audit log. */
  reason: z.string().max(500, "A reason can be up to 500 characters.").optional(),
});

export const auditEntryResponse = z.object({
  id: z.string(),
  moderator: z.string(),
  action: z.string(),
  target: z.enum(["story", "comment", "user", "setting"]),
  targetId: z.string(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});
export const auditLogResponse = z.object({ entries: z.array(auditEntryResponse) });

/** Admins change these; moderators may read them. */
export const moderationSettingsSchema = z.object({
  /** A new account's first comment waits for a moderator before others see it (ST16). */
  holdFirstComment: z.boolean(),
});
export type ModerationSettings = z.infer<typeof moderationSettingsSchema>;
