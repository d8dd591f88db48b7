import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { requireSession } from "../accounts/guard.ts";
import { createLimiter, enforce } from "../http/limiter.ts";
import { STORY_BODY_LIMIT, type StoryContext } from "./context.ts";

/** The person behind the session, for per-person limits. */
export const personOf = (request: FastifyRequest): string => request.session?.userId ?? "";

/**
 * Every stories route: a session (ST1), then the general per-session limit (ST10). The limit runs
 * after the guard because it is counted per session, which only the guard knows.
 */
export function signedInStories(scope: FastifyInstance, context: StoryContext) {
  const general = createLimiter(
    scope,
    "stories:general",
    context.limits.general,
    (request) => request.session?.sessionId ?? "",
  );
  const limitGeneral = async (request: FastifyRequest, _reply: FastifyReply) => {
    await enforce(request, general);
  };
  return { bodyLimit: STORY_BODY_LIMIT, preHandler: [requireSession, limitGeneral] };
}
