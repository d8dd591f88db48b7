import type { StepCategory } from "../records/step.ts";

/**
 * A small keyword table that guesses a step category from an activity's name, so imported
 * activities land somewhere sensible. It only has to be a reasonable first guess: the person
 * can change a step's category at any time. Words are Daylio's common defaults and their
 * everyday neighbours, in English (Daylio exports the names as the person sees them), space-separated.
 */
const KEYWORDS: Record<StepCategory, string> = {
  body: "sport sports exercise workout gym fitness run running jog yoga swim swimming bike cycling dance dancing stretch stretching eat meal food breakfast lunch dinner healthy water drink shower bath medication meds medicine doctor",
  outside:
    "walk walking nature outside outdoors park garden gardening hike hiking travel trip beach sun sunshine",
  connection:
    "friends friend family date party partner call social kids children visit volunteer pet dog cat hug",
  creativity:
    "music art draw drawing paint painting write writing journal journaling photo photography craft crafts sing singing guitar piano knit knitting bake baking",
  rest: "relax relaxing rest sleep nap meditation meditate mindfulness breathe breathing reading read book books movies movie tv series gaming games game",
  home: "clean cleaning laundry cook cooking chores tidy dishes shopping groceries home house plants",
};

/**
 * Where an activity goes when no word matches. "home" holds the everyday things of the step
 * library (make the bed, wash a cup, put on music), the nearest to "an ordinary part of the
 * day" such as work or school; "rest" would claim the activity was restful, which we cannot know.
 */
export const DEFAULT_ACTIVITY_CATEGORY: StepCategory = "home";

const CATEGORY_OF = new Map<string, StepCategory>(
  Object.entries(KEYWORDS).flatMap(([category, words]) =>
    words.split(" ").map((w) => [w, category as StepCategory] as const),
  ),
);

/** The first word of the name (in reading order) that the table knows decides the category. */
export function guessCategory(activity: string): StepCategory {
  for (const word of activity.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    const category = CATEGORY_OF.get(word);
    if (category) return category;
  }
  return DEFAULT_ACTIVITY_CATEGORY;
}
