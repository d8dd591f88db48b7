interface Props {
  /** The problem in calm words. */
  text: string;
  /** A way to try again, left out where a second try would meet the same answer. */
  retry?: { label: string; onRetry: () => void };
}

/** A load that failed: the problem in calm words and, when it could help, a button to try again. */
export function RetryProblem({ text, retry }: Props) {
  return (
    <div class="stack">
      <p class="error-message">{text}</p>
      {retry && (
        <div>
          <button type="button" onClick={retry.onRetry}>
            {retry.label}
          </button>
        </div>
      )}
    </div>
  );
}
