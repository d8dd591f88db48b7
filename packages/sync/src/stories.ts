import { CONTENT_NOTE_TOPICS } from "@small-steps/core";
import { z } from "zod";

/**
 * Stories' wire shapes (docs/stories.md), shared by the server, which validates every body with
 * them, and the web app. Stories are public by the author's choice and stored in plaintext.
 * Every text here is plain text, never HTML: the web app must render it as text (ST9).
 */

export const STORY_PATHS = {
  profile: "/api/stories/profile",
  stories: "/api/stories",
  mine: "/api/stories/mine",
  feed: "/api/stories/feed",
  /** The people this person has blocked (ST14). */
  blocks: "/api/stories/blocks",
} as const;

/** One comment's actions: `/report`, `/block`, `/delete`. */
export const commentPath = (id: string, action: string): string => `/api/stories/comments/${id}/${action}`;

/** Undo one block (ST14). */
export const unblockPath = (id: string): string => `${STORY_PATHS.blocks}/${id}/unblock`;

/** One story: GET; its actions are sub-paths (`/publish`, `/heart`, `/comments`, …). */
export const storyPath = (id: string, action?: string): string =>
  `${STORY_PATHS.stories}/${id}${action ? `/${action}` : ""}`;

/** The one list of content notes, kept in core beside the reader filters that use it. */
export const CONTENT_NOTES = CONTENT_NOTE_TOPICS;
export const contentNoteSchema = z.enum(CONTENT_NOTES);
export type ContentNote = z.infer<typeof contentNoteSchema>;

/** ST3: the author names at least one note, or chooses "none" on purpose, never both. */
export const contentNotesSchema = z.union([
  z.tuple([z.literal("none")]),
  z
    .array(contentNoteSchema)
    .min(1, "Choose at least one content note, or choose none.")
    .refine((notes) => new Set(notes).size === notes.length, "Each content note once, please."),
]);
export type ContentNotes = z.infer<typeof contentNotesSchema>;

export const STORY_THEMES = [
  "childhood",
  "family",
  "relationships",
  "body",
  "healing",
  "hope",
  "work",
  "identity",
] as const;
export const storyThemeSchema = z.enum(STORY_THEMES);
export type StoryTheme = z.infer<typeof storyThemeSchema>;

export const AVATAR_COLOURS = ["sage", "sky", "sand", "rose", "lavender", "stone"] as const;
export const avatarColourSchema = z.enum(AVATAR_COLOURS);

export const STORY_LIMITS = {
  name: 40,
  about: 300,
  title: 120,
  body: 20_000,
  themes: 3,
  comment: 2_000,
  pageSize: 20,
} as const;

/** Text that has something in it besides spaces. */
const text = (max: number, what: string) =>
  z
    .string()
    .max(max, `${what} can be up to ${max} characters.`)
    .refine((value) => value.trim().length > 0, `${what} needs a few words.`);

export const storyProfileSchema = z.object({
  name: text(STORY_LIMITS.name, "A name"),
  about: z.string().max(STORY_LIMITS.about, `About you can be up to ${STORY_LIMITS.about} characters.`),
  avatarColour: avatarColourSchema,
});
export type StoryProfile = z.infer<typeof storyProfileSchema>;

export const storyProfileResponse = z.object({ profile: storyProfileSchema.nullable() });

export const storyWriteSchema = z.object({
  title: text(STORY_LIMITS.title, "A title"),
  body: text(STORY_LIMITS.body, "A story"),
  themes: z
    .array(storyThemeSchema)
    .max(STORY_LIMITS.themes, `Up to ${STORY_LIMITS.themes} themes, please.`)
    .refine((themes) => new Set(themes).size === themes.length, "Each theme once, please."),
  contentNotes: contentNotesSchema,
  anonymous: z.boolean(),
});
export type StoryWrite = z.infer<typeof storyWriteSchema>;

export const heartsVisibilitySchema = z.object({ hideHearts: z.boolean() });

/** ST5: what readers see of the author; an anonymous story shows only "Anonymous". */
export const storyAuthorSchema = z.object({
  name: z.string(),
  about: z.string(),
  avatarColour: avatarColourSchema.nullable(),
  anonymous: z.boolean(),
});

export const storyStatusSchema = z.enum(["draft", "published", "hidden"]);

export const storyResponse = z.object({
  id: z.string(),
  status: storyStatusSchema,
  /** True when the session's person wrote it; never the author's id. */
  mine: z.boolean(),
  author: storyAuthorSchema,
  title: z.string(),
  body: z.string(),
  themes: z.array(storyThemeSchema),
  contentNotes: contentNotesSchema,
  anonymous: z.boolean(),
  publishedAt: z.string().nullable(),
  /** When its author last changed it (a draft's date on "my stories"). */
  updatedAt: z.string(),
  /** Null when the author hides the count (to everyone but the author). */
  heartCount: z.number().int().nullable(),
  hideHearts: z.boolean(),
  heartedByMe: z.boolean(),
  commentCount: z.number().int(),
});
export type StoryWire = z.infer<typeof storyResponse>;

export const storyListResponse = z.object({ stories: z.array(storyResponse), next: z.string().nullable() });

/** How much of a story's opening the feed carries: a card shows less, the story page all of it. */
export const FEED_EXCERPT_CHARACTERS = 300;

/**
 * ST7: a story in the feed carries the opening of its body (`excerpt`, up to 300 characters), not
 * all of it: a page of twenty 20,000-character stories would otherwise be 400 KB.
 */
export const storySummaryResponse = storyResponse.omit({ body: true }).extend({ excerpt: z.string() });
export type StorySummaryWire = z.infer<typeof storySummaryResponse>;
export const feedResponse = z.object({ stories: z.array(storySummaryResponse), next: z.string().nullable() });

/** ST7: keyset cursor over (published_at, id), opaque to clients. */
export const feedQuery = z.object({
  theme: storyThemeSchema.optional(),
  before: z.string().max(200).optional(),
});

export const commentCreateSchema = z.object({
  body: text(STORY_LIMITS.comment, "A comment"),
  parentId: z.string().uuid().optional(),
  /**
   * ST12: a comment that reads as harsh is first answered 409 `harsh_comment` (a gentle nudge).
   * Sent again with `postAnyway: true`, it is kept but waits for a moderator (status "held").
   */
  postAnyway: z.boolean().optional(),
});

/**
 * visible: everyone sees it. held: waiting for a moderator; only its author sees it (ST12, ST16).
 */
export const commentStatusSchema = z.enum(["visible", "held"]);

export const commentResponse = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  author: storyAuthorSchema,
  mine: z.boolean(),
  body: z.string(),
  createdAt: z.string(),
  status: commentStatusSchema,
});
export type CommentWire = z.infer<typeof commentResponse>;
export const commentListResponse = z.object({ comments: z.array(commentResponse) });

/**
 * ST13: `support` is true when the text read as someone in crisis. Only its author ever gets this
 * answer: the app then shows them, privately, their safety plan and crisis lines. Nothing changes
 * for anyone else; moderators get a quiet flag.
 */
export const commentPostResponse = z.object({ comment: commentResponse, support: z.boolean() });
export const storyPublishResponse = z.object({ story: storyResponse, support: z.boolean() });

/** ST15: why a reader reports a story or a comment. */
export const REPORT_REASONS = ["unkind", "unsafe", "spam", "private-info", "other"] as const;
export const reportReasonSchema = z.enum(REPORT_REASONS);
export type ReportReason = z.infer<typeof reportReasonSchema>;
export const reportSchema = z.object({
  reason: reportReasonSchema,
  note: z.string().max(500, "A note can be up to 500 characters.").optional(),
});

/** ST14: a block names what the blocker saw ("Anonymous" stays anonymous), never an id of the person. */
export const blockResponse = z.object({
  id: z.string(),
  /** The name the blocker saw; null for an anonymous author ("the anonymous author of …"). */
  name: z.string().nullable(),
  /** The story where the block was made, to help recognise who it was. */
  storyTitle: z.string().nullable(),
  createdAt: z.string(),
});
export const blockListResponse = z.object({ blocks: z.array(blockResponse) });
