/** Placeholder: being built. */
export function FiltersScreen() {
  return <p>…</p>;
}
