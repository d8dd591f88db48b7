import { z } from "zod";
import { baseRecord, dayKey, isoDateTime, LIMITS } from "./base.ts";

/** The tools of the SOS flow, in the order the hub offers them. */
export const SOS_TOOLS = [
  "breathe",
  "senses",
  "shape",
  "warmth",
  "refrains",
  "reachOut",
  "safetyPlan",
  "crisisLines",
] as const;
export const sosTool = z.enum(SOS_TOOLS);
export type SosTool = z.infer<typeof sosTool>;

const distress = z.number().int().min(0).max(10);

/**
 * One visit to the SOS flow. Ratings are optional before and after, so the person can see,
 * from their own data only, how much their tools tend to help.
 */
export const sosSessionRecord = baseRecord.extend({
  kind: z.literal("sosSession"),
  at: isoDateTime,
  day: dayKey,
  endedAt: isoDateTime.optional(),
  distressBefore: distress.optional(),
  distressAfter: distress.optional(),
  tools: z.array(sosTool).max(SOS_TOOLS.length * 4),
});
export type SosSessionRecord = z.infer<typeof sosSessionRecord>;

/** A line in a safety-plan section; people and services may carry a phone number. */
export const planItem = z.object({
  text: z
    .string()
    .trim()
    .min(1)
    .max(LIMITS.shortText * 2),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[0-9+()\-.\s]*$/, "digits, spaces and + ( ) - . only")
    .optional(),
});
export type PlanItem = z.infer<typeof planItem>;

/** The six Stanley-Brown sections plus reasons for living, in the plan's order. */
export const SAFETY_PLAN_SECTIONS = [
  "warningSigns",
  "copingStrategies",
  "distractions",
  "helpers",
  "professionals",
  "safeEnvironment",
  "reasonsForLiving",
] as const;
export type SafetyPlanSection = (typeof SAFETY_PLAN_SECTIONS)[number];

const section = z.array(planItem).max(30);

/**
 * The person's safety plan: one per person, with a fixed id so that devices syncing later
 * hold one plan, not two.
 */
export const SAFETY_PLAN_ID = "5a4e7f0c-9b1d-4d3e-8f6a-2c7b9e1d0a55";
export const safetyPlanRecord = baseRecord.extend({
  kind: z.literal("safetyPlan"),
  warningSigns: section,
  copingStrategies: section,
  distractions: section,
  helpers: section,
  professionals: section,
  safeEnvironment: section,
  reasonsForLiving: section,
});
export type SafetyPlanRecord = z.infer<typeof safetyPlanRecord>;

/** Someone the person trusts, with the message they wrote in advance for a hard moment. */
export const contactRecord = baseRecord.extend({
  kind: z.literal("contact"),
  name: z.string().trim().min(1).max(LIMITS.shortText),
  phone: planItem.shape.phone,
  message: z
    .string()
    .trim()
    .max(LIMITS.shortText * 2)
    .optional(),
});
export type ContactRecord = z.infer<typeof contactRecord>;
