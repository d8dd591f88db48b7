import type { StoryWire } from "@small-steps/sync";
import { useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import { storiesApi } from "../../../stories/api.ts";
import { Status, useStatus } from "../../../ui/StatusMessage.tsx";
import { failureText } from "./problems.ts";

/**
 * A heart for a story, given or taken back (ST6). It changes at once and then settles on what the
 * server says, which also carries the count (null when the author keeps it to themself).
 */
export function HeartButton({ story }: { story: StoryWire }) {
  const { t } = useTranslation("stories");
  const [hearted, setHearted] = useState(story.heartedByMe);
  const [count, setCount] = useState(story.heartCount);
  const [busy, setBusy] = useState(false);
  const { status, say, clear } = useStatus();

  async function toggle() {
    if (busy) return;
    const before = { hearted, count };
    const next = !hearted;
    setBusy(true);
    clear();
    setHearted(next);
    if (count !== null) setCount(Math.max(0, count + (next ? 1 : -1)));
    const r = next ? await storiesApi.heart(story.id) : await storiesApi.unheart(story.id);
    setBusy(false);
    if (r.ok) {
      setHearted(r.value.heartedByMe);
      setCount(r.value.heartCount);
    } else {
      setHearted(before.hearted);
      setCount(before.count);
      say(r.failure.kind === "refused" ? failureText(t, r.failure) : t("heart.failed"), { error: true });
    }
  }

  return (
    <div class="read-heart">
      <button type="button" class="read-heart-button" aria-pressed={hearted} onClick={toggle}>
        <span aria-hidden="true" class="read-heart-mark">
          {hearted ? "♥" : "♡"}
        </span>
        {count === null ? t("heart.button") : t("heart.buttonCount", { count })}
      </button>
      <Status status={status} class="read-status" />
    </div>
  );
}
