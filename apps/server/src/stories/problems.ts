import { ApiProblem } from "../apiProblem.ts";

/** ST4: another person's draft, a hidden story and a story that never was all answer the same. */
export const storyNotFound = () =>
  new ApiProblem(404, "not_found", "This story isn't here. It may have been taken down by its author.");

export const needsProfile = () =>
  new ApiProblem(
    409,
    "no_profile",
    "Before sharing a story, choose a name for your author profile. You can still publish anonymously.",
  );

export const commentNotFound = () =>
  new ApiProblem(404, "not_found", "The comment you're replying to isn't here any more.");

/** ST8: one level of replies keeps conversations easy to follow. */
export const replyTooDeep = () =>
  new ApiProblem(
    400,
    "reply_too_deep",
    "Replies stay one level deep so conversations are easy to follow. You could reply to the first comment instead.",
  );

/** ST19: a banned person still reads, but no longer publishes, comments, hearts or reports. */
export const banned = () =>
  new ApiProblem(
    403,
    "banned",
    "A moderator has paused posting from this account. You can still read. If you think this is a mistake, please contact the people who run this server.",
  );

/** ST12: the gentle nudge. Only which kind matched goes back, never the words themselves. */
export const harshComment = (reasons: readonly string[]) =>
  new ApiProblem(
    409,
    "harsh_comment",
    "Your words may land harder than you mean. Would you like to soften them, or post them anyway for a moderator to look at first?",
    { reasons },
  );

export const cannotBlockSelf = () => new ApiProblem(400, "own_story", "This is your own story.");

export const blockNotFound = () => new ApiProblem(404, "not_found", "This block isn't here any more.");
