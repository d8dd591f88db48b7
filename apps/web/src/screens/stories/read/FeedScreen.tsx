/** Placeholder: being built. */
export function FeedScreen() {
  return <p>…</p>;
}
