import { createHash } from "node:crypto";
import { INVITE_CODE_ALPHABET, INVITE_CODE_LENGTH, inviteCodeSchema } from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import { hashInviteCode, INVITE_TTL_MS, inviteExpiry, newInviteCode } from "./invites.ts";

describe("invite codes", () => {
  it("CR3: are 12 Crockford base32 characters the wire schema accepts, different every time", () => {
    const codes = new Set(Array.from({ length: 200 }, newInviteCode));
    expect(codes.size).toBe(200);
    for (const code of codes) {
      expect(code).toHaveLength(INVITE_CODE_LENGTH);
      expect([...code].every((c) => INVITE_CODE_ALPHABET.includes(c))).toBe(true);
      expect(inviteCodeSchema.parse(code)).toBe(code);
    }
  });

  it("CR3: uses every character of the alphabet (no bias towards a few)", () => {
    const seen = new Set([...Array.from({ length: 100 }, newInviteCode).join("")]);
    expect(seen.size).toBe(INVITE_CODE_ALPHABET.length);
  });

  it("CR3: hashes with SHA-256 after normalizing, so the typed form matches the stored hash", () => {
    const code = "0123ABCD1XYZ";
    const expected = createHash("sha256").update(code).digest("hex");
    expect(hashInviteCode(code)).toBe(expected);
    expect(hashInviteCode("o123-abcd-ixyz")).toBe(expected);
  });

  it("CR3: expires 48 hours after it is made", () => {
    const at = new Date("2030-01-01T00:00:00.000Z");
    expect(INVITE_TTL_MS).toBe(48 * 60 * 60 * 1000);
    expect(inviteExpiry(at).toISOString()).toBe("2030-01-03T00:00:00.000Z");
  });
});
