import type { CommentWire } from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import { threadsOf, withoutComment } from "./threads.ts";

function comment(id: string, minute: number, parentId: string | null = null): CommentWire {
  return {
    id,
    parentId,
    author: { name: "Wren", about: "", avatarColour: "sky", anonymous: false },
    mine: false,
    body: `comment ${id}`,
    createdAt: `2026-03-04T10:${String(minute).padStart(2, "0")}:00.000Z`,
    status: "visible",
  };
}

const shape = (comments: CommentWire[]) =>
  threadsOf(comments).map((t) => [t.comment.id, t.replies.map((r) => r.id), t.canReply]);

describe("comment threads", () => {
  it("put top-level comments oldest first with their replies one level below", () => {
    const list = [
      comment("b", 2),
      comment("a", 1),
      comment("a2", 5, "a"),
      comment("a1", 3, "a"),
      comment("b1", 4, "b"),
    ];
    expect(shape(list)).toEqual([
      ["a", ["a1", "a2"], true],
      ["b", ["b1"], true],
    ]);
  });

  it("show a reply whose comment isn't visible on its own, without a reply form", () => {
    expect(shape([comment("a", 1), comment("x1", 2, "held")])).toEqual([
      ["a", [], true],
      ["x1", [], false],
    ]);
  });

  it("take a deleted comment's replies with it", () => {
    const list = [comment("a", 1), comment("a1", 2, "a"), comment("b", 3)];
    expect(withoutComment(list, "a").map((c) => c.id)).toEqual(["b"]);
    expect(withoutComment(list, "a1").map((c) => c.id)).toEqual(["a", "b"]);
  });

  it("are empty when nobody has responded yet", () => {
    expect(threadsOf([])).toEqual([]);
  });
});
