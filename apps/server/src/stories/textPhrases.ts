/**
 * Our own short phrase lists for comment and story text (issue 7, Safety). They are matched
 * after `normalisePhrase` (lower case, no apostrophes, hyphens as spaces, one space), so write
 * each phrase in its plainest form; the matcher also accepts "don't", "dont" and "don’t".
 */

/**
 * Phrases that brush a person's experience aside. Ambiguous ones ("get over it", "move on",
 * "snap out of it") are listed only with the pushing lead-in, because survivors write
 * "I couldn't get over it for years" about themselves and that must never be nudged.
 */
export const DISMISSIVE_PHRASES: readonly string[] = [
  "just get over it",
  "get over it already",
  "you need to get over it",
  "you should get over it",
  "time to get over it",
  "stop being dramatic",
  "stop being so dramatic",
  "it wasn't that bad",
  "it wasn't so bad",
  "others have it worse",
  "other people have it worse",
  "move on already",
  "just move on",
  "you need to move on",
  "you're overreacting",
  "you are overreacting",
  "attention seeking",
  "attention seeker",
  "man up",
  "just snap out of it",
  "snap out of it already",
  "everything happens for a reason",
  "at least it wasn't",
  "it could have been worse",
  "you should forgive",
  "just forgive",
  "stop playing the victim",
  "stop feeling sorry for yourself",
  "stop whining",
];

/**
 * Crisis language. Negations are deliberately not excluded: "I'm not suicidal" still flags.
 * A false flag costs a moderator one look and shows the author support they may skip; a miss
 * could cost far more. "suicide" also flags stories about losing someone to suicide, for the
 * same reason. "cut myself" is left out: estranged survivors write "I cut myself off from them".
 */
export const CRISIS_PHRASES: readonly string[] = [
  "kill myself",
  "killing myself",
  "end my life",
  "ending my life",
  "take my own life",
  "end it all",
  "want to die",
  "wanna die",
  "wish i was dead",
  "wish i were dead",
  "don't want to be here anymore",
  "don't want to live",
  "suicide",
  "suicidal",
  "self harm",
  "selfharm",
  "self harming",
  "hurt myself",
  "hurting myself",
  "no reason to live",
  "better off without me",
  "better off dead",
  "overdose",
];
