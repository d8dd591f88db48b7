import type { MeasureDefinition, MeasureText } from "./types.ts";

/**
 * Generalized Anxiety Disorder 7-item scale (Spitzer, Kroenke, Williams & Löwe, 2006). Seven
 * items, each 0–3; the total (0–21) is the plain sum. Bands are the published ones: 5, 10 and 15
 * mark mild, moderate and severe.
 */
export const GAD7: MeasureDefinition = {
  id: "gad7",
  itemCount: 7,
  responseValues: [0, 1, 2, 3],
  totalRange: { min: 0, max: 21 },
  bands: [
    { id: "minimal", min: 0, max: 4 },
    { id: "mild", min: 5, max: 9 },
    { id: "moderate", min: 10, max: 14 },
    { id: "severe", min: 15, max: 21 },
  ],
  difficultyOptionCount: 4,
};

/**
 * The published English form (Pfizer's GAD-7, distributed with the PHQ screeners), verbatim.
 * Wording checked with the search tool against reproductions of the form carrying the credit
 * line below, the 2006 paper's item list as quoted by the cliot R package, the LOINC item
 * names (e.g. 69736-7) and the CamCOPS strings. They differ only in small punctuation; we follow
 * the majority: "nervous, anxious, or on edge", "it is hard to sit still", "afraid as if".
 * The GAD-7 form's stem says "the following problems", without the PHQ-9's "any of".
 */
export const GAD7_TEXT: MeasureText = {
  title: "Generalized Anxiety Disorder 7-item (GAD-7) scale",
  stem: "Over the last 2 weeks, how often have you been bothered by the following problems?",
  items: [
    "Feeling nervous, anxious, or on edge",
    "Not being able to stop or control worrying",
    "Worrying too much about different things",
    "Trouble relaxing",
    "Being so restless that it is hard to sit still",
    "Becoming easily annoyed or irritable",
    "Feeling afraid as if something awful might happen",
  ],
  options: [
    { value: 0, text: "Not at all" },
    { value: 1, text: "Several days" },
    { value: 2, text: "More than half the days" },
    { value: 3, text: "Nearly every day" },
  ],
  difficulty: {
    question:
      "If you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people?",
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
