import { REPORT_REASONS, type ReportReason } from "@small-steps/sync";
import { useEffect, useRef, useState } from "preact/hooks";
import { useTranslation } from "react-i18next";
import type { ApiResult } from "../../../account/api.ts";
import { storiesApi } from "../../../stories/api.ts";
import { Status, useStatus } from "../../../ui/StatusMessage.tsx";
import { failureText } from "./problems.ts";

const NOTE_MAX = 500;

interface Props {
  kind: "story" | "comment";
  targetId: string;
  /** The id of the words naming whose story or comment this is, for the button's description. */
  describedBy?: string;
}

/**
 * Report a story or a comment to a moderator, with a reason and an optional note (ST15). It opens
 * in place; the person reported never learns who reported them. Sending twice is harmless.
 */
export function ReportForm({ kind, targetId, describedBy }: Props) {
  const { t } = useTranslation("stories");
  const [step, setStep] = useState<"closed" | "open" | "sent">("closed");
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { status, say, clear } = useStatus();
  const opener = useRef<HTMLButtonElement>(null);
  const intro = useRef<HTMLParagraphElement>(null);
  const thanks = useRef<HTMLParagraphElement>(null);
  const firstReason = useRef<HTMLInputElement>(null);
  const returnFocus = useRef(false);
  const base = `report-${kind}-${targetId}`;

  useEffect(() => {
    if (step === "open") intro.current?.focus();
    if (step === "sent") thanks.current?.focus();
    if (step === "closed" && returnFocus.current) {
      returnFocus.current = false;
      opener.current?.focus();
    }
  }, [step]);

  async function send(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (!reason) {
      setProblem(t("report.chooseReason"));
      firstReason.current?.focus();
      return;
    }
    if (note.length > NOTE_MAX) {
      setProblem(t("report.noteTooLong", { max: NOTE_MAX }));
      return;
    }
    setProblem(null);
    setBusy(true);
    say(t("report.sending"));
    const trimmed = note.trim() || undefined;
    const r: ApiResult<unknown> =
      kind === "story"
        ? await storiesApi.reportStory(targetId, reason, trimmed)
        : await storiesApi.reportComment(targetId, reason, trimmed);
    setBusy(false);
    if (r.ok) {
      clear();
      setStep("sent");
    } else say(failureText(t, r.failure), { error: true });
  }

  function cancel() {
    returnFocus.current = true;
    setProblem(null);
    setStep("closed");
  }

  if (step === "sent") {
    return (
      <p ref={thanks} tabIndex={-1} class="read-report-thanks">
        {t("report.thanks")}
      </p>
    );
  }
  if (step === "closed") {
    return (
      <button
        ref={opener}
        type="button"
        class="quiet"
        aria-describedby={describedBy}
        onClick={() => setStep("open")}
      >
        {kind === "story" ? t("report.story") : t("report.comment")}
      </button>
    );
  }
  return (
    <form class="card stack read-report" onSubmit={send} noValidate aria-busy={busy}>
      <p ref={intro} tabIndex={-1}>
        {t("report.intro")}
      </p>
      <fieldset aria-describedby={problem ? `${base}-problem` : undefined}>
        <legend>{t("report.legend")}</legend>
        <div class="stack read-report-reasons">
          {REPORT_REASONS.map((r, i) => (
            <label key={r} class="choice">
              <input
                ref={i === 0 ? firstReason : undefined}
                type="radio"
                name={`${base}-reason`}
                value={r}
                checked={reason === r}
                onChange={() => setReason(r)}
              />
              {t(`report.reason.${r}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field">
        <label for={`${base}-note`}>{t("report.note")}</label>
        <textarea
          id={`${base}-note`}
          value={note}
          maxLength={NOTE_MAX}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </div>
      {problem && (
        <p id={`${base}-problem`} class="error-message">
          {problem}
        </p>
      )}
      <div class="row">
        <button type="submit" class="primary" aria-disabled={busy}>
          {t("report.send")}
        </button>
        <button type="button" onClick={cancel}>
          {t("report.cancel")}
        </button>
      </div>
      <Status status={status} class="read-status" />
    </form>
  );
}
