import { describe, expect, it } from "vitest";
import {
  type CrisisLinesFile,
  countryFromLocale,
  crisisCountries,
  crisisLinesData,
  crisisLinesFile,
  dialable,
  OTHER_COUNTRY,
  phoneProblem,
  selectCrisisLines,
  smsHref,
  telHref,
} from "./crisisLines.ts";

const data: CrisisLinesFile = {
  about: "test data",
  checked: "2026-11-21",
  lines: [
    {
      country: "US",
      name: "988 Lifeline",
      phone: "988",
      text: "988",
      hours: "24/7",
      emergency: "911",
      source: "a",
    },
    { country: "GB", name: "Samaritans", phone: "116 123", hours: "24/7", emergency: "999", source: "b" },
    {
      country: "GB",
      name: "Shout",
      phone: "85258",
      text: "85258",
      hours: "24/7",
      emergency: "999",
      source: "c",
    },
  ],
};

describe("the bundled crisis lines file", () => {
  it("is valid, dated, and names a source for every line", () => {
    const file = crisisLinesData();
    expect(file.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(file.lines.length).toBeGreaterThan(0);
    for (const line of file.lines) expect(line.source.length).toBeGreaterThan(0);
  });

  it("refuses a line without a source or with a made-up country code", () => {
    const line = { country: "GB", name: "x", phone: "1", hours: "24/7", emergency: "999" };
    expect(crisisLinesFile.safeParse({ ...data, lines: [line] }).success).toBe(false);
    const bad = { ...line, source: "s", country: "United Kingdom" };
    expect(crisisLinesFile.safeParse({ ...data, lines: [bad] }).success).toBe(false);
  });
});

describe("countryFromLocale", () => {
  it("reads the region from a locale", () => {
    expect(countryFromLocale(["en-GB"])).toBe("GB");
    expect(countryFromLocale(["en_us"])).toBe("US");
    expect(countryFromLocale(["zh-Hant-TW"])).toBe("TW");
    expect(countryFromLocale(["en-US-u-ca-gregory"])).toBe("US");
  });

  it("tries each locale in order and skips those without a country", () => {
    expect(countryFromLocale(["fr", "es-419", "de-DE", "en-GB"])).toBe("DE");
    expect(countryFromLocale(["fr", "en"])).toBeUndefined();
    expect(countryFromLocale([])).toBeUndefined();
  });

  it("does not mistake a private-use tag for a region", () => {
    expect(countryFromLocale(["en-x-ab"])).toBeUndefined();
  });
});

describe("selectCrisisLines", () => {
  it("gives the lines and emergency number of a known country", () => {
    const s = selectCrisisLines({ data, country: "GB" });
    expect(s.country).toBe("GB");
    expect(s.lines.map((l) => l.name)).toEqual(["Samaritans", "Shout"]);
    expect(s.showAll).toBe(false);
    expect(s.emergency).toEqual({ number: "999", guessed: false });
  });

  it("follows an override rather than the locale (the caller passes the chosen country)", () => {
    const fromLocale = countryFromLocale(["en-US"]);
    const override = "GB";
    expect(selectCrisisLines({ data, country: override ?? fromLocale }).country).toBe("GB");
    expect(selectCrisisLines({ data, country: "gb" }).country).toBe("GB");
  });

  it("with an unknown country, offers every line and guesses 112, saying it is a guess", () => {
    for (const country of ["BR", OTHER_COUNTRY, undefined]) {
      const s = selectCrisisLines({ data, country });
      expect(s.country).toBeUndefined();
      expect(s.lines).toEqual([]);
      expect(s.showAll).toBe(true);
      expect(s.emergency).toEqual({ number: "112", guessed: true });
    }
  });

  it("puts the person's own numbers first: professionals, then helpers, only those with a phone", () => {
    const s = selectCrisisLines({
      data,
      country: "US",
      own: {
        helpers: [
          { text: "Sam", phone: "07700 900123" },
          { text: "No phone" },
          { text: "Blank", phone: " " },
        ],
        professionals: [{ text: "Dr Lee", phone: "+44 20 7946 0000" }],
      },
    });
    expect(s.own).toEqual([
      { text: "Dr Lee", phone: "+44 20 7946 0000", section: "professionals" },
      { text: "Sam", phone: "07700 900123", section: "helpers" },
    ]);
  });

  it("lists a number once even when it is in both sections", () => {
    const s = selectCrisisLines({
      data,
      country: "US",
      own: {
        helpers: [{ text: "Jo", phone: "0123 456" }],
        professionals: [{ text: "Jo (nurse)", phone: "0123456" }],
      },
    });
    expect(s.own.map((o) => o.text)).toEqual(["Jo (nurse)"]);
  });

  it("copes with no plan", () => {
    expect(selectCrisisLines({ data, country: "US", own: null }).own).toEqual([]);
  });
});

describe("crisisCountries", () => {
  it("lists each country once, in the data's order", () => {
    expect(crisisCountries(data)).toEqual(["US", "GB"]);
  });
});

describe("phone links", () => {
  it("dial digits only, keeping a leading plus", () => {
    expect(dialable("116 123")).toBe("116123");
    expect(dialable(" +44 (0)20 7946-0000 ")).toBe("+4402079460000");
    expect(telHref("0800 111 0 111")).toBe("tel:08001110111");
  });

  it("prefill a text message in the form both platforms read", () => {
    expect(smsHref("988")).toBe("sms:988");
    expect(smsHref("07700 900123", "Rough day. Felt small again.")).toBe(
      "sms:07700900123?&body=Rough%20day.%20Felt%20small%20again.",
    );
    expect(smsHref("988", "  ")).toBe("sms:988");
    expect(smsHref("1", "a&b=c?")).toBe("sms:1?&body=a%26b%3Dc%3F");
  });
});

describe("phoneProblem", () => {
  it("accepts empty and ordinary numbers", () => {
    for (const ok of ["", "  ", "988", "+1 (555) 010-0000", "07700.900.123"]) {
      expect(phoneProblem(ok), ok).toBeUndefined();
    }
  });

  it("names what is wrong", () => {
    expect(phoneProblem("call me")).toBe("characters");
    expect(phoneProblem("()- ")).toBe("noDigits");
    expect(phoneProblem("1".repeat(41))).toBe("tooLong");
  });
});
