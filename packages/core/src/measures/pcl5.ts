import { scoreMeasure } from "./score.ts";
import type { MeasureDefinition, MeasureText } from "./types.ts";

/**
 * PTSD Checklist for DSM-5 (Weathers et al., 2013). Twenty items, each 0–4; the total (0–80) is
 * the plain sum. The PCL-5 has no official severity bands, so it has none here.
 *
 * The National Center for PTSD reports that a total of 31–33 or more suggests probable PTSD
 * that warrants further assessment. We take 33, the commonly used single cut-point, and only
 * ever turn it into the neutral note "atOrAboveCutPoint" (words in the locale files): reaching
 * it is a reason to talk with someone, not a diagnosis, and the app never says it is one.
 */
export const PCL5: MeasureDefinition = {
  id: "pcl5",
  itemCount: 20,
  responseValues: [0, 1, 2, 3, 4],
  totalRange: { min: 0, max: 80 },
  bands: [],
  cutPoint: 33,
};

/** DSM-5 symptom clusters by published item number (inclusive), as the PCL-5 scoring guide groups them. */
export const PCL5_CLUSTERS = {
  /** Intrusion */
  B: { first: 1, last: 5 },
  /** Avoidance */
  C: { first: 6, last: 7 },
  /** Negative alterations in cognitions and mood */
  D: { first: 8, last: 14 },
  /** Alterations in arousal and reactivity */
  E: { first: 15, last: 20 },
} as const;
export type Pcl5ClusterId = keyof typeof PCL5_CLUSTERS;

/**
 * Subtotals per cluster, only for a complete, valid form (the same rule as the total: nothing is
 * guessed from part of a form). `undefined` otherwise; `scoreMeasure` says what is missing or wrong.
 */
export function pcl5ClusterTotals(
  answers: readonly (number | undefined)[],
): Record<Pcl5ClusterId, number> | undefined {
  const score = scoreMeasure(PCL5, answers);
  if (!score.ok || !score.complete) return undefined;
  const sum = (c: Pcl5ClusterId) =>
    answers
      .slice(PCL5_CLUSTERS[c].first - 1, PCL5_CLUSTERS[c].last)
      .reduce<number>((a, v) => a + (v ?? 0), 0);
  return { B: sum("B"), C: sum("C"), D: sum("D"), E: sum("E") };
}

/**
 * The published English form (PCL-5 standard version, National Center for PTSD, form dated
 * 11 April 2018), verbatim. Wording checked with the search tool against a copy of that VA form
 * (fill.io), the 2023 VA form revision (items unchanged), the CamCOPS strings and a clinical
 * toolkit's transcription; they agree word for word except stray typos in single copies
 * (e.g. a missing "?" or an extra comma in item 18), which we did not follow.
 * The instructions keep "circle one of the numbers", as printed on the standard form.
 */
export const PCL5_TEXT: MeasureText = {
  title: "PTSD Checklist for DSM-5 (PCL-5)",
  instructions:
    "Below is a list of problems that people sometimes have in response to a very stressful experience. Please read each problem carefully and then circle one of the numbers to the right to indicate how much you have been bothered by that problem in the past month.",
  stem: "In the past month, how much were you bothered by:",
  items: [
    "Repeated, disturbing, and unwanted memories of the stressful experience?",
    "Repeated, disturbing dreams of the stressful experience?",
    "Suddenly feeling or acting as if the stressful experience were actually happening again (as if you were actually back there reliving it)?",
    "Feeling very upset when something reminded you of the stressful experience?",
    "Having strong physical reactions when something reminded you of the stressful experience (for example, heart pounding, trouble breathing, sweating)?",
    "Avoiding memories, thoughts, or feelings related to the stressful experience?",
    "Avoiding external reminders of the stressful experience (for example, people, places, conversations, activities, objects, or situations)?",
    "Trouble remembering important parts of the stressful experience?",
    "Having strong negative beliefs about yourself, other people, or the world (for example, having thoughts such as: I am bad, there is something seriously wrong with me, no one can be trusted, the world is completely dangerous)?",
    "Blaming yourself or someone else for the stressful experience or what happened after it?",
    "Having strong negative feelings such as fear, horror, anger, guilt, or shame?",
    "Loss of interest in activities that you used to enjoy?",
    "Feeling distant or cut off from other people?",
    "Trouble experiencing positive feelings (for example, being unable to feel happiness or have loving feelings for people close to you)?",
    "Irritable behavior, angry outbursts, or acting aggressively?",
    "Taking too many risks or doing things that could cause you harm?",
    'Being "superalert" or watchful or on guard?',
    "Feeling jumpy or easily startled?",
    "Having difficulty concentrating?",
    "Trouble falling or staying asleep?",
  ],
  options: [
    { value: 0, text: "Not at all" },
    { value: 1, text: "A little bit" },
    { value: 2, text: "Moderately" },
    { value: 3, text: "Quite a bit" },
    { value: 4, text: "Extremely" },
  ],
  credit:
    "PCL-5: Weathers, F. W., Litz, B. T., Keane, T. M., Palmieri, P. A., Marx, B. P., & Schnurr, P. P. (2013). The PTSD Checklist for DSM-5 (PCL-5). National Center for PTSD, www.ptsd.va.gov. A public-domain work of the U.S. Department of Veterans Affairs.",
};
