import type { MeasureDefinition, MeasureText } from "./types.ts";

/**
 * Patient Health Questionnaire-9 (Kroenke, Spitzer & Williams, 2001). Nine items, each 0–3;
 * the total (0–27) is the plain sum. Bands are the published ones: 5, 10, 15 and 20 mark mild,
 * moderate, moderately severe and severe.
 */
export const PHQ9: MeasureDefinition = {
  id: "phq9",
  itemCount: 9,
  responseValues: [0, 1, 2, 3],
  totalRange: { min: 0, max: 27 },
  bands: [
    { id: "minimal", min: 0, max: 4 },
    { id: "mild", min: 5, max: 9 },
    { id: "moderate", min: 10, max: 14 },
    { id: "moderatelySevere", min: 15, max: 19 },
    { id: "severe", min: 20, max: 27 },
  ],
  difficultyOptionCount: 4,
};

/** Item 9 asks about thoughts of being better off dead or of self-harm (0-based index 8). */
export const PHQ9_SAFETY_ITEM_INDEX = 8;

/**
 * True as soon as item 9 has any answer above "Not at all", even before the form is finished,
 * so the UI can bring the safety plan and crisis lines at once and gently. It errs towards care:
 * any number above 0 counts, even one the scorer would reject as out of range.
 */
export function needsSafetyFollowUp(answers: readonly (number | undefined)[]): boolean {
  const value = answers[PHQ9_SAFETY_ITEM_INDEX];
  return typeof value === "number" && value > 0;
}

/**
 * The published English form (Pfizer's PHQ-9, distributed at phqscreeners.com), verbatim.
 * Wording checked against several reproductions of that form found with the search tool: the
 * CamCOPS strings (ucam-department-of-psychiatry/camcops, extra_strings/phq9.xml), a printable
 * copy of the form carrying the credit line below, and an NHS practice's PHQ-9 page; they agree
 * word for word, including the dashes and the question mark in item 8.
 */
export const PHQ9_TEXT: MeasureText = {
  title: "Patient Health Questionnaire-9 (PHQ-9)",
  stem: "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
  items: [
    "Little interest or pleasure in doing things",
    "Feeling down, depressed, or hopeless",
    "Trouble falling or staying asleep, or sleeping too much",
    "Feeling tired or having little energy",
    "Poor appetite or overeating",
    "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
    "Trouble concentrating on things, such as reading the newspaper or watching television",
    "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
    "Thoughts that you would be better off dead or of hurting yourself in some way",
  ],
  options: [
    { value: 0, text: "Not at all" },
    { value: 1, text: "Several days" },
    { value: 2, text: "More than half the days" },
    { value: 3, text: "Nearly every day" },
  ],
  difficulty: {
    question:
      "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?",
    options: [
      { value: 0, text: "Not difficult at all" },
      { value: 1, text: "Somewhat difficult" },
      { value: 2, text: "Very difficult" },
      { value: 3, text: "Extremely difficult" },
    ],
  },
  credit:
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.",
};
