import {
  BAND_IDS,
  DETAIL_FIELDS,
  dayKeyToDate,
  EXPORT_GROUP_IDS,
  type ExportWords,
  FEELINGS,
  MEASURE_IDS,
  NEEDS,
  PLACES,
  SAFETY_PLAN_SECTIONS,
  SENSES,
  SOS_TOOLS,
} from "@small-steps/core";
import type { TFunction } from "i18next";
import { stepTitle } from "../steps/stepTitle.ts";

const map = <K extends string>(keys: readonly K[], word: (k: K) => string) =>
  Object.fromEntries(keys.map((k) => [k, word(k)])) as Record<K, string>;

/**
 * Every word a readable export uses, from the locale files the screens already speak with,
 * so a feeling or a safety-plan section reads the same in the file as in the app.
 */
export function exportWords(t: TFunction): ExportWords {
  return {
    group: map(EXPORT_GROUP_IDS, (g) => t(`data:doc.heading.${g}`)),
    field: map(DETAIL_FIELDS, (f) => t(`data:doc.field.${f}`)),
    feeling: map(FEELINGS, (f) => t(`today:feeling.${f}`)),
    place: map(PLACES, (p) => t(`today:place.${p}`)),
    need: map(NEEDS, (n) => t(`today:need.${n}`)),
    needAnswer: { done: t("data:doc.needAnswer.done"), notNow: t("data:doc.needAnswer.notNow") },
    sense: map(SENSES, (s) => t(`glimmers:senses.${s}`)),
    tool: map(SOS_TOOLS, (tool) => t(`sos:tools.${tool}`)),
    planSection: map(SAFETY_PLAN_SECTIONS, (s) => t(`safetyPlan:sections.${s}.heading`)),
    measure: map(MEASURE_IDS, (m) => t(`data:doc.measure.${m}`)),
    band: map(BAND_IDS, (b) => t(`data:doc.band.${b}`)),
    yes: t("data:doc.yes"),
    no: t("data:doc.no"),
    sketch: t("data:doc.sketch"),
    outOf: (value, max) => t("data:doc.outOf", { value, max }),
    stepTitle: (step) => (step ? stepTitle(step, t) : "") || t("data:doc.step"),
  };
}

/** "Tuesday 4 March 2026" and "9:05": the year always, since an export outlives this year. */
export function dateFormatters(language: string) {
  const day = new Intl.DateTimeFormat(language, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  const date = new Intl.DateTimeFormat(language, { dateStyle: "long" });
  const time = new Intl.DateTimeFormat(language, { hour: "numeric", minute: "2-digit" });
  return {
    formatDay: (key: string) => day.format(dayKeyToDate(key)),
    formatDate: (key: string) => date.format(dayKeyToDate(key)),
    formatTime: (at: string) => time.format(new Date(at)),
  };
}
