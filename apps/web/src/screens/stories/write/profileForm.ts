import { AVATAR_COLOURS, STORY_LIMITS, type StoryProfile, storyProfileSchema } from "@small-steps/sync";

/** The author profile form (ST2): its draft, and the schema's answer read into one problem per field. */

export type AvatarColour = (typeof AVATAR_COLOURS)[number];

export interface ProfileDraft {
  name: string;
  about: string;
  avatarColour: AvatarColour;
}

export const emptyProfile = (): ProfileDraft => ({ name: "", about: "", avatarColour: AVATAR_COLOURS[0] });

export type ProfileField = "name" | "about";

export type ProfileProblem =
  | { field: "name"; kind: "empty" }
  | { field: ProfileField; kind: "tooLong"; max: number; count: number };

export type ProfileCheck = { ok: true; profile: StoryProfile } | { ok: false; problems: ProfileProblem[] };

/** Spaces around the name are not part of it; the "about" keeps its lines as written. */
export function checkProfile(draft: ProfileDraft): ProfileCheck {
  const candidate = { name: draft.name.trim(), about: draft.about, avatarColour: draft.avatarColour };
  const parsed = storyProfileSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, profile: parsed.data };
  const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
  const problems: ProfileProblem[] = [];
  if (fields.has("name")) {
    const count = candidate.name.length;
    problems.push(
      count > STORY_LIMITS.name
        ? { field: "name", kind: "tooLong", max: STORY_LIMITS.name, count }
        : { field: "name", kind: "empty" },
    );
  }
  if (fields.has("about")) {
    problems.push({ field: "about", kind: "tooLong", max: STORY_LIMITS.about, count: draft.about.length });
  }
  return { ok: false, problems };
}
