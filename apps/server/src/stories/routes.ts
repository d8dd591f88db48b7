import type { FastifyInstance } from "fastify";
import { registerRateLimit } from "../accounts/rateLimits.ts";
import { registerBlockRoutes } from "./blockRoutes.ts";
import { registerCommentRoutes } from "./commentRoutes.ts";
import { DEFAULT_STORY_LIMITS, type StoryContext, type StoryDeps } from "./context.ts";
import { signedInStories } from "./guard.ts";
import { registerHeartRoutes } from "./heartRoutes.ts";
import { registerProfileRoutes } from "./profileRoutes.ts";
import { registerReadRoutes } from "./readRoutes.ts";
import { registerReportRoutes } from "./reportRoutes.ts";
import { registerWriteRoutes } from "./writeRoutes.ts";

export type { StoryDeps, StoryLimits } from "./context.ts";

/**
 * Stories (docs/stories.md). Register after the account routes: every route takes its person from
 * the session guard (ST1). Story text is public by the author's choice, but still never logged.
 */
export async function registerStoryRoutes(app: FastifyInstance, deps: StoryDeps): Promise<void> {
  const context: StoryContext = {
    db: deps.database.db,
    limits: { ...DEFAULT_STORY_LIMITS, ...deps.limits },
    now: deps.now ?? (() => new Date()),
  };
  await app.register(async (scope) => {
    await registerRateLimit(scope);
    scope.addHook("onSend", async (_request, reply) => {
      reply.header("cache-control", "no-store");
    });
    const signedIn = signedInStories(scope, context);
    registerProfileRoutes(scope, context, signedIn);
    // Fixed paths (/mine, /feed) before /:id; Fastify prefers static segments anyway.
    registerReadRoutes(scope, context, signedIn);
    registerWriteRoutes(scope, context, signedIn);
    registerHeartRoutes(scope, context, signedIn);
    registerCommentRoutes(scope, context, signedIn);
    registerReportRoutes(scope, context, signedIn);
    registerBlockRoutes(scope, context, signedIn);
  });
}
