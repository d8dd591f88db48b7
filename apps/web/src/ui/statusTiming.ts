/**
 * How long a status line stays on screen. Good news ("Saved.", "Sent to Sam.") has done its
 * work once read, and words left there for good start to say something untrue ("Saved." about
 * a field typed in since), so it goes after a short while. A problem stays: it names something
 * still to do, and it goes when the person acts (tries again, changes the field), which the
 * screen does with clear(). A line that describes a state still going on ("Waiting to send")
 * stays too, until that state changes.
 */
export const STATUS_CLEARS_AFTER_MS = 7_000;

export interface Timed {
  /** A problem: stays until the person acts. */
  error?: boolean;
  /** Describes something still going on: stays until it changes. */
  stays?: boolean;
}

/** Milliseconds until the line clears itself, or null when it waits for the person. */
export function clearsAfter(status: Timed | null, after = STATUS_CLEARS_AFTER_MS): number | null {
  if (!status || status.error || status.stays) return null;
  return after;
}
