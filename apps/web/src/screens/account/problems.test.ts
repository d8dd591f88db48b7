import { describe, expect, it } from "vitest";
import { initI18n } from "../../i18n/index.ts";
import { problemText, waitWords } from "./problems.ts";

const { t } = initI18n("en");

describe("account problems in words", () => {
  it("rounds the server's wait up to a unit a person thinks in", () => {
    expect(waitWords(t, 1)).toBe("1 second");
    expect(waitWords(t, 45)).toBe("45 seconds");
    expect(waitWords(t, 300)).toBe("5 minutes");
    expect(waitWords(t, 61 * 60 + 1)).toBe("62 minutes");
    expect(waitWords(t, 3 * 3600)).toBe("3 hours");
  });

  it("has words for every problem, calm and without exclamation marks", () => {
    const kinds = [
      "unreachable",
      "usernameTaken",
      "wrongCredentials",
      "wrongPassword",
      "signedOut",
      "codeIncomplete",
      "codeTypo",
      "wrongCode",
      "serverParams",
      "damaged",
      "crypto",
      "tooShort",
      "tooLong",
      "common",
      "sameAsUsername",
      "usernameInvalid",
      "listUnavailable",
    ] as const;
    for (const kind of kinds) {
      const text = problemText(t, { kind });
      expect(text, kind).not.toContain("errors.");
      expect(text, kind).not.toContain("!");
    }
    expect(problemText(t, { kind: "rateLimited", retryAfterSeconds: 120 })).toContain("about 2 minutes");
    expect(problemText(t, { kind: "unexpected", status: 500 })).toContain(
      "Nothing on this device has changed",
    );
  });
});
