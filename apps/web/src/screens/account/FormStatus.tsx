import { useEffect, useRef } from "preact/hooks";
import type { FormError } from "./useAccountForm.ts";

/**
 * A form's polite live region: the busy message while keys are prepared, then any error.
 * Focus moves to an error so a keyboard or screen reader user lands on what to do next.
 */
export function FormStatus({
  busy,
  busyText,
  error,
}: {
  busy: boolean;
  busyText: string;
  error: FormError | null;
}) {
  const errorRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);
  return (
    <div class="account-status" role="status" aria-live="polite">
      {busy && <p class="account-busy">{busyText}</p>}
      {error && !busy && (
        <p key={error.n} ref={errorRef} tabIndex={-1} class="error-message">
          {error.text}
        </p>
      )}
    </div>
  );
}
