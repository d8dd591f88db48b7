import { z } from "zod";
import raw from "./data/crisis-lines.json";
import { dayKey } from "./records/base.ts";
import type { PlanItem, SafetyPlanRecord } from "./records/sos.ts";

/** A number as people write it: digits with spaces and + ( ) - . between them. */
const phoneNumber = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[0-9+()\-.\s]+$/);
const countryCode = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code");

export const crisisLine = z.object({
  country: countryCode,
  name: z.string().min(1).max(200),
  phone: phoneNumber,
  text: phoneNumber.optional(),
  hours: z.string().min(1).max(100),
  emergency: phoneNumber,
  source: z.string().min(1).max(500),
});
export type CrisisLine = z.infer<typeof crisisLine>;

/** The shape of data/crisis-lines.json: where the facts came from and when they were checked. */
export const crisisLinesFile = z.object({
  about: z.string().min(1),
  checked: dayKey,
  lines: z.array(crisisLine).min(1),
});
export type CrisisLinesFile = z.infer<typeof crisisLinesFile>;

let parsed: CrisisLinesFile | undefined;
/**
 * The bundled crisis lines, validated once on first use (not at import, so the app's zod
 * settings are in place first and startup does no work it may not need).
 */
export function crisisLinesData(): CrisisLinesFile {
  parsed ??= crisisLinesFile.parse(raw);
  return parsed;
}

/**
 * "Another country": stored as ZZ, the ISO code reserved for an unknown region, so the
 * setting stays a plain two-letter code and selection treats it like any country we have no
 * line for.
 */
export const OTHER_COUNTRY = "ZZ";

/**
 * Emergency number when we do not know the country. 112 reaches emergency services across
 * Europe and in many other countries, and most mobile phones route it even where the local
 * number differs; the screen says it is a guess.
 */
export const FALLBACK_EMERGENCY = "112";

/**
 * The region of the first locale that names one: "en-GB" → "GB", "zh-Hant-TW" → "TW",
 * "fr" → undefined. Numeric regions ("es-419", Latin America) are not a country, so skipped.
 */
export function countryFromLocale(locales: readonly string[]): string | undefined {
  for (const locale of locales) {
    const subtags = locale.split(/[-_]/).slice(1);
    for (const tag of subtags) {
      if (tag.length === 1) break; // an extension ("-u-…", "-x-…") starts: no region follows
      if (/^[a-z]{2}$/i.test(tag)) return tag.toUpperCase();
    }
  }
  return undefined;
}

/** The countries the data has lines for, in the data's order. */
export function crisisCountries(data: CrisisLinesFile): string[] {
  return [...new Set(data.lines.map((l) => l.country))];
}

export interface OwnNumber {
  text: string;
  phone: string;
  section: "professionals" | "helpers";
}

export interface CrisisSelection {
  /** The country whose lines are shown, or undefined when we have none for it. */
  country: string | undefined;
  /** That country's lines; empty when the country is unknown to the data. */
  lines: CrisisLine[];
  /** With no lines for the country, every country's lines are offered instead. */
  showAll: boolean;
  emergency: { number: string; guessed: boolean };
  /** The person's own numbers from their safety plan: shown before any public line. */
  own: OwnNumber[];
}

type OwnSource = Partial<Pick<SafetyPlanRecord, "professionals" | "helpers">> | null | undefined;

/** Professionals first (they are the services the plan names), then the people they trust. */
function ownNumbers(plan: OwnSource): OwnNumber[] {
  const seen = new Set<string>();
  const out: OwnNumber[] = [];
  for (const section of ["professionals", "helpers"] as const) {
    for (const item of (plan?.[section] ?? []) as PlanItem[]) {
      const digits = item.phone ? dialable(item.phone) : "";
      if (!/\d/.test(digits) || seen.has(digits)) continue;
      seen.add(digits);
      out.push({ text: item.text, phone: (item.phone as string).trim(), section });
    }
  }
  return out;
}

export function selectCrisisLines({
  data,
  country,
  own,
}: {
  data: CrisisLinesFile;
  country: string | undefined;
  own?: OwnSource;
}): CrisisSelection {
  const code = country?.toUpperCase();
  const lines = code ? data.lines.filter((l) => l.country === code) : [];
  const first = lines[0];
  return {
    country: first ? code : undefined,
    lines,
    showAll: !first,
    emergency: first
      ? { number: first.emergency, guessed: false }
      : { number: FALLBACK_EMERGENCY, guessed: true },
    own: ownNumbers(own),
  };
}

/** What a phone dials: digits, with a leading + kept for international numbers. */
export function dialable(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, "");
  return trimmed.startsWith("+") ? `+${digits}` : digits;
}

export function telHref(phone: string): string {
  return `tel:${dialable(phone)}`;
}

/**
 * An sms: link, with the message filled in when there is one. "?&body=" is the form that
 * works on both platforms: Android reads the query after "?", and iOS (which for years only
 * understood "&body=") skips the empty parameter before "&".
 */
export function smsHref(phone: string, body?: string): string {
  const base = `sms:${dialable(phone)}`;
  const message = body?.trim();
  return message ? `${base}?&body=${encodeURIComponent(message)}` : base;
}

export type PhoneProblem = "tooLong" | "characters" | "noDigits";

/**
 * Why a typed number cannot be stored, or undefined when it can (an empty number is fine:
 * numbers are optional). Matches the record schema's rule, plus at least one digit.
 */
export function phoneProblem(phone: string): PhoneProblem | undefined {
  const value = phone.trim();
  if (!value) return undefined;
  if (value.length > 40) return "tooLong";
  if (!/^[0-9+()\-.\s]*$/.test(value)) return "characters";
  if (!/\d/.test(value)) return "noDigits";
  return undefined;
}
