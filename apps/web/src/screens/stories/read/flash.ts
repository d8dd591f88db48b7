/**
 * One message carried to the next screen, e.g. "They're blocked." after blocking a story's author
 * sends the reader back to the feed. Kept in memory only: it says nothing once read.
 */
let pending: string | null = null;

export function setFlash(text: string): void {
  pending = text;
}

export function takeFlash(): string | null {
  const text = pending;
  pending = null;
  return text;
}
