/** Placeholder: being built. */
export function StoryPage(_props: { storyId: string }) {
  return <p>…</p>;
}
