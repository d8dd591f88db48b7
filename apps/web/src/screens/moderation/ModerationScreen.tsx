/** Placeholder: being built. */
export function ModerationScreen() {
  return <p>…</p>;
}
