import type { QueueItem } from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import { moderationT } from "./testT.ts";
import {
  actionsFor,
  doneText,
  focusAfter,
  isHeavy,
  notesText,
  remainingAfter,
  statusText,
  whatText,
  whyText,
} from "./words.ts";

const t = moderationT();

function item(
  over: Partial<QueueItem> & { id: string },
  content: Partial<QueueItem["content"]> = {},
): QueueItem {
  return {
    kind: "report",
    target: "story",
    reason: "unkind",
    note: null,
    createdAt: "2026-03-04T09:30:00.000Z",
    ...over,
    content: {
      storyId: "s1",
      commentId: null,
      title: "The lamp",
      body: "Words.",
      contentNotes: ["grief"],
      status: "published",
      ...content,
    },
    author: { username: "wren", profileName: "Wren", anonymous: false, banned: false, ...over.author },
  };
}

describe("why an item is here", () => {
  it("names a report's reason, and each other kind in its own words", () => {
    expect(whyText(t, { kind: "report", reason: "private-info" })).toBe(
      "Reported: shares private information",
    );
    expect(whyText(t, { kind: "held", reason: null })).toBe("Posted after the gentle nudge");
    expect(whyText(t, { kind: "first", reason: null })).toBe("A first comment from a new account");
    expect(whyText(t, { kind: "crisis", reason: null })).toBe("Words that may mean someone is struggling");
  });

  it("has words for every report reason", () => {
    for (const reason of ["unkind", "unsafe", "spam", "private-info", "other"] as const) {
      expect(whyText(t, { kind: "report", reason })).not.toContain("reason.");
    }
  });

  it("says what it is about, with the story's title as written", () => {
    expect(whatText(t, item({ id: "a" }))).toBe("The story “The lamp”");
    const comment = item({ id: "b", target: "comment" }, { title: "<b>Hi</b>", commentId: "c1" });
    expect(whatText(t, comment)).toBe("A comment on “<b>Hi</b>”");
  });
});

describe("where it stands", () => {
  it("says each status in words, and an unknown one as the server sent it", () => {
    expect(statusText(t, "held")).toBe("Waiting here; only its author sees it");
    expect(statusText(t, "hidden")).toBe("Hidden from readers");
    expect(statusText(t, "draft")).toBe("A draft; only its author sees it");
    expect(statusText(t, "archived")).toBe("archived");
  });

  it("names content notes, none chosen on purpose, and nothing for a comment", () => {
    expect(notesText(t, ["suicide", "substance-use"], "en")).toBe("Content notes: suicide, substance use");
    expect(notesText(t, ["none"], "en")).toBe("No content notes");
    expect(notesText(t, null, "en")).toBeNull();
  });

  it("marks crisis words and noted topics as heavy before their text", () => {
    expect(isHeavy(item({ id: "a", kind: "crisis" }, { contentNotes: null }))).toBe(true);
    expect(isHeavy(item({ id: "a" }, { contentNotes: ["abuse"] }))).toBe(true);
    expect(isHeavy(item({ id: "a" }, { contentNotes: ["none"] }))).toBe(false);
    expect(isHeavy(item({ id: "a", kind: "held" }, { contentNotes: null }))).toBe(false);
  });
});

describe("the decisions offered", () => {
  const labels = (i: QueueItem) => actionsFor(i).map((c) => c.label);

  it("lets a held comment through, or hides it", () => {
    expect(labels(item({ id: "a", kind: "held" }, { status: "held" }))).toEqual([
      "letThrough",
      "hide",
      "ban",
    ]);
  });

  it("restores something hidden, or leaves it", () => {
    expect(labels(item({ id: "a" }, { status: "hidden" }))).toEqual(["restore", "dismiss", "ban"]);
  });

  it("hides or leaves what readers see, and offers no second ban", () => {
    expect(labels(item({ id: "a" }))).toEqual(["hide", "dismiss", "ban"]);
    const banned = item({
      id: "a",
      author: { username: "x", profileName: null, anonymous: false, banned: true },
    });
    expect(labels(banned)).toEqual(["hide", "dismiss"]);
  });

  it("says what each decision did", () => {
    const i = item({ id: "a" });
    for (const choice of [...actionsFor(i), ...actionsFor(item({ id: "b" }, { status: "held" }))]) {
      expect(doneText(t, choice, i)).not.toMatch(/done\./);
    }
    expect(doneText(t, { action: "restore", label: "letThrough" }, i)).toBe(
      "Let through. Readers can see it now.",
    );
    expect(doneText(t, { action: "ban", label: "ban" }, i)).toBe(
      "wren is banned. What they had up is taken down.",
    );
  });
});

describe("after a decision", () => {
  const a = item({ id: "a" }, { storyId: "s1" });
  const aAgain = item({ id: "a2", kind: "crisis" }, { storyId: "s1" });
  const onComment = item({ id: "c", target: "comment" }, { storyId: "s1", commentId: "c1" });
  const other = item(
    { id: "o", author: { username: "sam", profileName: null, anonymous: false, banned: false } },
    { storyId: "s2" },
  );
  const all = [a, onComment, aAgain, other];

  it("settles every item about the same story or comment together", () => {
    expect(remainingAfter(all, a, "hide").map((i) => i.id)).toEqual(["c", "o"]);
    expect(remainingAfter(all, onComment, "dismiss").map((i) => i.id)).toEqual(["a", "a2", "o"]);
  });

  it("settles everything by a banned author", () => {
    expect(remainingAfter(all, onComment, "ban").map((i) => i.id)).toEqual(["o"]);
  });

  it("moves focus to the item now in its place, the one before at the end, or the heading", () => {
    expect(focusAfter(all, remainingAfter(all, a, "hide"), "a")).toBe("c");
    expect(focusAfter(all, remainingAfter(all, other, "hide"), "o")).toBe("a2");
    expect(focusAfter([a], [], "a")).toBeNull();
  });
});
