/** Placeholder: being built. */
export function ProfileScreen() {
  return <p>…</p>;
}
