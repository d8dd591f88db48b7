import { STORY_PATHS, storyProfileResponse, storyProfileSchema } from "@small-steps/sync";
import type { FastifyInstance } from "fastify";
import { sessionOf } from "../accounts/guard.ts";
import { parseOr400 } from "../http/parse.ts";
import { refuseBanned } from "./bans.ts";
import type { StoryContext } from "./context.ts";
import type { signedInStories } from "./guard.ts";

/** ST2: my author profile, a pseudonym chosen for stories only. */
export function registerProfileRoutes(
  scope: FastifyInstance,
  context: StoryContext,
  signedIn: ReturnType<typeof signedInStories>,
): void {
  const { db } = context;

  scope.get(STORY_PATHS.profile, signedIn, async (request) => {
    const row = await db
      .selectFrom("story_profiles")
      .select(["name", "about", "colour"])
      .where("user_id", "=", sessionOf(request).userId)
      .executeTakeFirst();
    return storyProfileResponse.parse({
      profile: row ? { name: row.name, about: row.about, avatarColour: row.colour } : null,
    });
  });

  scope.put(STORY_PATHS.profile, signedIn, async (request) => {
    const profile = parseOr400(storyProfileSchema, request.body);
    await refuseBanned(db, sessionOf(request).userId);
    const values = { name: profile.name, about: profile.about, colour: profile.avatarColour };
    await db
      .insertInto("story_profiles")
      .values({ user_id: sessionOf(request).userId, ...values, created_at: context.now().toISOString() })
      .onConflict((oc) => oc.column("user_id").doUpdateSet(values))
      .execute();
    return storyProfileResponse.parse({ profile });
  });
}
