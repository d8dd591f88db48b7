/** Placeholder: being built. */
export function BlockedScreen() {
  return <p>…</p>;
}
