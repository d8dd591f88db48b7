import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import type { ApiFailure } from "../../../account/api.ts";
import { failureText, isSignedOut } from "./problems.ts";
import { notesList, notesSentence } from "./words.ts";

/** A stand-in for i18next: the key's last part, with its values after it. */
const t = ((key: string, values?: Record<string, unknown>) =>
  values
    ? `${key.split(".").pop()} ${JSON.stringify(values)}`
    : (key.split(".").pop() ?? key)) as unknown as TFunction;

describe("words about a story", () => {
  it("join content notes as a list and as a sentence", () => {
    expect(notesList(t, ["grief", "abuse"], "en")).toBe("grief, abuse");
    expect(notesSentence(t, ["self-harm", "suicide"], "en")).toBe("self-harm and suicide");
    expect(notesSentence(t, ["self-harm"], "en")).toBe("self-harm");
  });
});

describe("problems in calm words", () => {
  const refused = (status: number, code: string): ApiFailure => ({ kind: "refused", status, code });

  it("know a missing session, so the screen can explain accounts instead", () => {
    expect(isSignedOut(refused(401, "signed_out"))).toBe(true);
    expect(isSignedOut(refused(404, "not_found"))).toBe(false);
    expect(isSignedOut({ kind: "unreachable" })).toBe(false);
  });

  it("name the refusals a reader can meet and nothing more", () => {
    expect(failureText(t, refused(403, "banned"))).toBe("banned");
    expect(failureText(t, refused(404, "not_found"))).toBe("not_found");
    expect(failureText(t, refused(400, "reply_too_deep"))).toBe("reply_too_deep");
    expect(failureText(t, refused(400, "something_new"))).toBe("invalid");
    expect(failureText(t, refused(409, "something_new"))).toBe("unexpected");
    expect(failureText(t, { kind: "unreachable" })).toBe("unreachable");
    expect(failureText(t, { kind: "unexpected", status: 500 })).toBe("unexpected");
  });
});
