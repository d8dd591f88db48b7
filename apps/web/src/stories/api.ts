import {
  auditLogResponse,
  blockListResponse,
  blockResponse,
  commentListResponse,
  commentPath,
  commentPostResponse,
  feedResponse,
  MODERATION_PATHS,
  type ModerationSettings,
  moderationItemPath,
  moderationSettingsSchema,
  queueResponse,
  type ReportReason,
  roleResponse,
  STORY_PATHS,
  type StoryProfile,
  type StoryTheme,
  type StoryWrite,
  storyListResponse,
  storyPath,
  storyProfileResponse,
  storyPublishResponse,
  storyResponse,
  unblockPath,
} from "@small-steps/sync";
import { apiRequest } from "../account/api.ts";

/**
 * The stories and moderation routes (docs/stories.md), each answer checked against the shared
 * wire schema. Failures come back as values (account/api.ts): a refusal carries the server's
 * stable code, e.g. `harsh_comment` (ST12), `no_profile`, `not_found`, `banned`.
 */

const ok = { parse: () => undefined } as const;

export const storiesApi = {
  profile: () => apiRequest("GET", STORY_PATHS.profile, storyProfileResponse),
  saveProfile: (profile: StoryProfile) =>
    apiRequest("PUT", STORY_PATHS.profile, storyProfileResponse, profile),

  feed: (options: { theme?: StoryTheme; before?: string } = {}) => {
    const query = new URLSearchParams();
    if (options.theme) query.set("theme", options.theme);
    if (options.before) query.set("before", options.before);
    const suffix = query.size > 0 ? `?${query}` : "";
    return apiRequest("GET", `${STORY_PATHS.feed}${suffix}`, feedResponse);
  },
  mine: () => apiRequest("GET", STORY_PATHS.mine, storyListResponse),
  story: (id: string) => apiRequest("GET", storyPath(id), storyResponse),

  /** A new story is always a draft first. */
  create: (write: StoryWrite) => apiRequest("POST", STORY_PATHS.stories, storyResponse, write),
  update: (id: string, write: StoryWrite) => apiRequest("PUT", storyPath(id), storyResponse, write),
  publish: (id: string) => apiRequest("POST", storyPath(id, "publish"), storyPublishResponse, {}),
  unpublish: (id: string) => apiRequest("POST", storyPath(id, "unpublish"), storyResponse, {}),
  remove: (id: string) => apiRequest("POST", storyPath(id, "delete"), ok, {}),
  hideHearts: (id: string, hideHearts: boolean) =>
    apiRequest("PUT", storyPath(id, "hearts-visibility"), ok, { hideHearts }),

  heart: (id: string) => apiRequest("POST", storyPath(id, "heart"), storyResponse, {}),
  unheart: (id: string) => apiRequest("POST", storyPath(id, "unheart"), storyResponse, {}),

  comments: (storyId: string) => apiRequest("GET", storyPath(storyId, "comments"), commentListResponse),
  /** 409 `harsh_comment` first when the words read as harsh; again with postAnyway to send it for review. */
  comment: (storyId: string, body: { body: string; parentId?: string; postAnyway?: boolean }) =>
    apiRequest("POST", storyPath(storyId, "comments"), commentPostResponse, body),
  deleteComment: (commentId: string) => apiRequest("POST", commentPath(commentId, "delete"), ok, {}),

  reportStory: (id: string, reason: ReportReason, note?: string) =>
    apiRequest("POST", storyPath(id, "report"), ok, { reason, note }),
  reportComment: (commentId: string, reason: ReportReason, note?: string) =>
    apiRequest("POST", commentPath(commentId, "report"), ok, { reason, note }),
  blockStoryAuthor: (id: string) => apiRequest("POST", storyPath(id, "block"), blockResponse, {}),
  blockCommentAuthor: (commentId: string) =>
    apiRequest("POST", commentPath(commentId, "block"), blockResponse, {}),
  blocks: () => apiRequest("GET", STORY_PATHS.blocks, blockListResponse),
  unblock: (blockId: string) => apiRequest("POST", unblockPath(blockId), ok, {}),
};

export const moderationApi = {
  me: () => apiRequest("GET", MODERATION_PATHS.me, roleResponse),
  queue: () => apiRequest("GET", MODERATION_PATHS.queue, queueResponse),
  act: (itemId: string, action: "hide" | "restore" | "dismiss" | "ban", reason?: string) =>
    apiRequest("POST", moderationItemPath(itemId), ok, { action, reason }),
  log: () => apiRequest("GET", MODERATION_PATHS.log, auditLogResponse),
  settings: () => apiRequest("GET", MODERATION_PATHS.settings, moderationSettingsSchema),
  saveSettings: (settings: ModerationSettings) =>
    apiRequest("PUT", MODERATION_PATHS.settings, moderationSettingsSchema, settings),
};
