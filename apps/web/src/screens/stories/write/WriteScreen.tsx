/** Placeholder: being built. */
export function WriteScreen(_props: { storyId?: string }) {
  return <p>…</p>;
}
