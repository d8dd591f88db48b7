/** Placeholder: being built. */
export function MineScreen() {
  return <p>…</p>;
}
