import { useEffect, useRef, useState } from "preact/hooks";

export type ConfirmStep = "idle" | "confirm" | "busy" | "done";

export interface ConfirmWords {
  working: string;
  failed: string;
  kept: string;
}

/**
 * A step that can't be undone, asked twice: "idle" → "confirm" (a second, explicit yes) → "busy"
 * → "done", or back to "idle" when kept or when it failed (nothing changed). Focus follows the
 * conversation: to the question, to the outcome, or back to the button where it began.
 */
export function useConfirmedAction(work: () => Promise<void>, words: ConfirmWords, logLabel: string) {
  const [step, setStep] = useState<ConfirmStep>("idle");
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (step === "confirm") confirmRef.current?.focus();
    if (step === "done") doneRef.current?.focus();
    if (step === "idle" && returnFocus.current) {
      returnFocus.current = false;
      startRef.current?.focus();
    }
  }, [step]);

  async function confirm() {
    setStep("busy");
    setMessage({ text: words.working });
    try {
      await work();
      setMessage(null);
      setStep("done");
    } catch (error) {
      console.error(`${logLabel} failed; nothing was changed.`, error);
      returnFocus.current = true;
      setMessage({ error: true, text: words.failed });
      setStep("idle");
    }
  }

  function keep() {
    returnFocus.current = true;
    setMessage({ text: words.kept });
    setStep("idle");
  }

  return {
    step,
    message,
    setMessage,
    refs: { confirmRef, doneRef, startRef },
    ask: () => setStep("confirm"),
    confirm,
    keep,
  };
}

export type ConfirmedAction = ReturnType<typeof useConfirmedAction>;
