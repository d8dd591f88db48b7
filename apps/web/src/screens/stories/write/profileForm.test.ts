import { describe, expect, it } from "vitest";
import { checkProfile, emptyProfile } from "./profileForm.ts";

describe("the author profile form (ST2)", () => {
  it("starts with a colour chosen, so only a name is needed", () => {
    expect(emptyProfile().avatarColour).toBe("sage");
    expect(checkProfile({ ...emptyProfile(), name: "Wren" })).toEqual({
      ok: true,
      profile: { name: "Wren", about: "", avatarColour: "sage" },
    });
  });

  it("leaves out spaces around the name, keeps the about as written", () => {
    const r = checkProfile({ name: "  Wren ", about: " Two lines.\nHere. ", avatarColour: "sky" });
    expect(r.ok && r.profile).toEqual({ name: "Wren", about: " Two lines.\nHere. ", avatarColour: "sky" });
  });

  it("asks for a name, and says by how much a long one or a long about is over", () => {
    expect(checkProfile({ ...emptyProfile(), name: "   " })).toEqual({
      ok: false,
      problems: [{ field: "name", kind: "empty" }],
    });
    expect(checkProfile({ name: "n".repeat(41), about: "a".repeat(301), avatarColour: "rose" })).toEqual({
      ok: false,
      problems: [
        { field: "name", kind: "tooLong", max: 40, count: 41 },
        { field: "about", kind: "tooLong", max: 300, count: 301 },
      ],
    });
  });
});
